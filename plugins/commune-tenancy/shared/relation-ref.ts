/**
 * A to-one relation can be written in several shapes through the document service:
 * "documentId", 42, { documentId }, { id }, { connect: [x] }, { set: [x] }. This reads the target
 * out of any of them, so rules that depend on the relation see the same thing Strapi will write.
 */
export type RelationRef = { documentId: string } | { id: number };

export function readRelationRef(value: unknown): RelationRef | null | undefined {
  if (value === undefined) return undefined; // not being changed
  if (value === null) return null;
  if (typeof value === 'string') return value ? { documentId: value } : null;
  if (typeof value === 'number') return { id: value };
  if (typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.documentId === 'string') return { documentId: record.documentId };
  if (typeof record.id === 'number') return { id: record.id };
  for (const key of ['set', 'connect'] as const) {
    const list = record[key];
    if (Array.isArray(list)) return list.length === 0 ? (key === 'set' ? null : undefined) : readRelationRef(list[list.length - 1]);
    if (list !== undefined) return readRelationRef(list);
  }
  if (Array.isArray(record.disconnect) && record.disconnect.length > 0) return null;
  return undefined;
}

/** A filter on the relation that matches this reference. */
export function relationFilter(ref: RelationRef): Record<string, unknown> {
  return 'documentId' in ref ? { documentId: { $eq: ref.documentId } } : { id: { $eq: ref.id } };
}

/**
 * Every target a relation value points at, for to-one and to-many relations alike: a list of
 * ids or documentIds, or { connect / set: [...] } (disconnect removes, so it is not a target).
 */
export function readRelationRefs(value: unknown): RelationRef[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(readRelationRefs);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('connect' in record || 'set' in record) return [...readRelationRefs(record.connect), ...readRelationRefs(record.set)];
  }
  const single = readRelationRef(value);
  return single ? [single] : [];
}
