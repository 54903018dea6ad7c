/**
 * A write may not link an entry to another commune's content: relations (also inside
 * components) whose target is a scoped type must all point into the entry's own commune.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRelationRefs, type RelationRef } from '../../../shared';
import { COMMUNE_KEY } from './commune-key';
import { isScopedUid } from './scope';

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
}

interface TargetRow {
  id: number;
  documentId: string;
  [COMMUNE_KEY]?: number | null;
}

/** Collects, per target type, every reference a write's data makes to scoped content. */
export function collectScopedRefs(
  strapi: Core.Strapi,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  into: Map<string, RelationRef[]> = new Map(),
): Map<string, RelationRef[]> {
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'relation' && attribute.target && isScopedUid(strapi, attribute.target)) {
      const refs = readRelationRefs(value);
      if (refs.length) into.set(attribute.target, [...(into.get(attribute.target) ?? []), ...refs]);
    } else if (attribute.type === 'component' && attribute.component) {
      const schema = strapi.components[attribute.component as keyof typeof strapi.components] as
        | { attributes: Record<string, Attribute> }
        | undefined;
      if (!schema) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item && typeof item === 'object') collectScopedRefs(strapi, schema.attributes, item as Record<string, unknown>, into);
      }
    }
  }
  return into;
}

export async function assertRelationsInCommune(
  strapi: Core.Strapi,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  communeId: number,
): Promise<void> {
  for (const [target, refs] of collectScopedRefs(strapi, attributes, data)) {
    const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
    const documentIds = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
    const rows = (await strapi.db.query(target as never).findMany({
      where: { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] },
      select: ['id', 'documentId', COMMUNE_KEY],
    })) as TargetRow[];
    // This read is narrowed to the actor's communes: a target it cannot see is missing from the
    // rows, and is refused like one that belongs to another commune.
    const found = new Set<string | number>(rows.flatMap((row) => [row.id, row.documentId]));
    const missing = [...ids, ...documentIds].some((ref) => !found.has(ref));
    if (missing || rows.some((row) => row[COMMUNE_KEY] !== communeId)) {
      throw new errors.PolicyError('Không được liên kết tới nội dung của xã, phường khác.');
    }
  }
}
