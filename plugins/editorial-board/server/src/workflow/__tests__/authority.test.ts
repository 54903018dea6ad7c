import { currentAuthority, mayChangeLive, withPermit, withScriptAuthority } from '../authority';

describe('who may change what is live', () => {
  it('allows nothing outside a scope', () => {
    expect(currentAuthority()).toBeUndefined();
    expect(mayChangeLive('publish', 'abc')).toBe(false);
  });

  it('limits a permit to its documents; a publish permit also removes the version it replaces', async () => {
    await withPermit('publish', ['abc'], async () => {
      await Promise.resolve();
      expect(mayChangeLive('publish', 'abc')).toBe(true);
      expect(mayChangeLive('unpublish', 'abc')).toBe(true);
      expect(mayChangeLive('publish', 'xyz')).toBe(false);
      expect(mayChangeLive('publish', undefined)).toBe(false);
    });
    await withPermit('unpublish', ['abc'], async () => expect(mayChangeLive('publish', 'abc')).toBe(false));
  });

  it('does not leak a permit into work started outside it', async () => {
    let inside: Promise<boolean> = Promise.resolve(true);
    const outside = new Promise<boolean>((resolve) => setTimeout(() => resolve(mayChangeLive('publish', 'abc')), 5));
    await withPermit('publish', ['abc'], async () => {
      inside = Promise.resolve(mayChangeLive('publish', 'abc'));
    });
    expect(await inside).toBe(true);
    expect(await outside).toBe(false);
  });

  it('gives a script authority only outside requests and only with a reason', async () => {
    expect(() => withScriptAuthority('seed', true, async () => undefined)).toThrow(/refused inside an HTTP request/);
    expect(() => withScriptAuthority(' ', false, async () => undefined)).toThrow(/needs a reason/);
    await withScriptAuthority('Dữ liệu mẫu', false, async () => expect(mayChangeLive('publish', 'anything')).toBe(true));
  });
});
