import { readRelationRef, readRelationRefs, relationFilter } from '../relation-ref';

describe('readRelationRef reads every shape Strapi accepts for a to-one relation', () => {
  it.each([
    ['a documentId string', 'abc123', { documentId: 'abc123' }],
    ['a numeric id', 7, { id: 7 }],
    ['an object with documentId', { documentId: 'abc123' }, { documentId: 'abc123' }],
    ['an object with id', { id: 7 }, { id: 7 }],
    ['connect with one entry', { connect: [{ documentId: 'abc123' }] }, { documentId: 'abc123' }],
    ['connect with several entries (the last wins)', { connect: [{ id: 1 }, { id: 2 }] }, { id: 2 }],
    ['set', { set: ['abc123'] }, { documentId: 'abc123' }],
    ['a single connect object', { connect: { documentId: 'abc123' } }, { documentId: 'abc123' }],
  ])('%s', (_label, value, expected) => {
    expect(readRelationRef(value)).toEqual(expected);
  });

  it('tells "not changed" (undefined) from "cleared" (null)', () => {
    expect(readRelationRef(undefined)).toBeUndefined();
    expect(readRelationRef({ connect: [] })).toBeUndefined();
    expect(readRelationRef(null)).toBeNull();
    expect(readRelationRef('')).toBeNull();
    expect(readRelationRef({ set: [] })).toBeNull();
    expect(readRelationRef({ disconnect: [{ id: 3 }] })).toBeNull();
  });

  it('builds a filter on the matching key', () => {
    expect(relationFilter({ documentId: 'x' })).toEqual({ documentId: { $eq: 'x' } });
    expect(relationFilter({ id: 3 })).toEqual({ id: { $eq: 3 } });
  });
});

describe('readRelationRefs reads every target of to-one and to-many relations', () => {
  it('collects lists, connect and set, and ignores disconnect', () => {
    expect(readRelationRefs(['a', 2, { documentId: 'c' }])).toEqual([{ documentId: 'a' }, { id: 2 }, { documentId: 'c' }]);
    expect(readRelationRefs({ connect: [{ id: 1 }], set: ['x'], disconnect: [{ id: 9 }] })).toEqual([{ id: 1 }, { documentId: 'x' }]);
    expect(readRelationRefs({ disconnect: [{ id: 9 }] })).toEqual([]);
    expect(readRelationRefs(null)).toEqual([]);
    expect(readRelationRefs('abc')).toEqual([{ documentId: 'abc' }]);
  });
});
