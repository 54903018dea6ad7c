import { boundedMap, boundedMemoryDriver } from '../bounded-memory';

describe('boundedMemoryDriver', () => {
  it('keeps at most maxEntries, forgetting the least recently used', () => {
    const driver = boundedMemoryDriver({ maxEntries: 2, maxChars: 1000 });
    driver.setItem('a', 'A');
    driver.setItem('b', 'B');
    expect(driver.getItem('a')).toBe('A'); // a is now more recent than b
    driver.setItem('c', 'C');
    // Least recently used first.
    expect(driver.getKeys()).toEqual(['a', 'c']);
    expect(driver.hasItem('b')).toBe(false);
    expect(driver.getItem('b')).toBeNull();
  });

  it('keeps at most maxChars characters in all, and never one value larger than that', () => {
    const driver = boundedMemoryDriver({ maxEntries: 100, maxChars: 10 });
    driver.setItem('a', '12345');
    driver.setItem('b', '12345');
    driver.setItem('c', '123');
    expect(driver.getKeys().sort()).toEqual(['b', 'c']);
    driver.setItem('b', 'x'.repeat(11));
    // Too large: not kept, and the old value is gone too (it would be stale).
    expect(driver.hasItem('b')).toBe(false);
    expect(driver.getKeys()).toEqual(['c']);
  });

  it('removes and clears', () => {
    const driver = boundedMemoryDriver({ maxEntries: 10, maxChars: 100 });
    driver.setItem('a', 'A');
    driver.setItem('b', 'B');
    driver.removeItem('a');
    expect(driver.getKeys()).toEqual(['b']);
    driver.clear();
    expect(driver.getKeys()).toEqual([]);
  });
});

describe('boundedMap', () => {
  it('bounds entries by the size sizeOf gives', () => {
    const map = boundedMap<{ bytes: number }>({ maxEntries: 10, maxSize: 100, sizeOf: (page) => page.bytes });
    map.set('a', { bytes: 60 });
    map.set('b', { bytes: 30 });
    map.set('c', { bytes: 30 });
    expect(map.get('a')).toBeUndefined();
    expect(map.size).toBe(2);
    map.set('d', { bytes: 101 });
    expect(map.get('d')).toBeUndefined();
    map.delete('b');
    expect(map.size).toBe(1);
  });
});
