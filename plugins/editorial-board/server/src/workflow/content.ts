/**
 * What the board approved, as a fingerprint. Publishing needs the draft to be exactly what was
 * approved: the hash covers every field, component and relation of the draft, and nothing that
 * changes by itself (ids, timestamps, who saved it last).
 */
import { createHash } from 'node:crypto';

export interface AttributeLike {
  type: string;
  component?: string;
  components?: string[];
  relation?: string;
  target?: string;
  multiple?: boolean;
}

export interface ModelLike {
  attributes: Record<string, AttributeLike>;
}

export type GetModel = (uid: string) => ModelLike | undefined;

/** Keys that change without anyone changing the content. */
const VOLATILE = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  '__component',
]);

type Populate = Record<string, true | { select?: string[]; populate?: Populate | '*' | true; on?: Record<string, { populate: Populate }> }>;

/** A populate that loads everything the hash covers, components to any depth. */
export function deepPopulate(model: ModelLike, getModel: GetModel, depth = 0): Populate {
  const populate: Populate = {};
  if (depth > 5) return populate;
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (VOLATILE.has(name)) continue;
    if (attribute.type === 'media') populate[name] = { select: ['id'] };
    else if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'component' && attribute.component) {
      const component = getModel(attribute.component);
      populate[name] = component ? { populate: deepPopulate(component, getModel, depth + 1) } : true;
    } else if (attribute.type === 'dynamiczone') {
      const on: Record<string, { populate: Populate }> = {};
      for (const uid of attribute.components ?? []) {
        const component = getModel(uid);
        if (component) on[uid] = { populate: deepPopulate(component, getModel, depth + 1) };
      }
      populate[name] = { on };
    }
  }
  return populate;
}

/** The row reduced to its content: relations by documentId, media by id, volatile keys dropped. */
export function canonicalContent(row: Record<string, unknown>, model: ModelLike, getModel: GetModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(model.attributes).sort()) {
    if (VOLATILE.has(name)) continue;
    const attribute = model.attributes[name];
    const value = row[name];
    if (!attribute || value === undefined) continue;
    out[name] = canonicalValue(value, attribute, getModel);
  }
  return out;
}

function canonicalValue(value: unknown, attribute: AttributeLike, getModel: GetModel): unknown {
  if (value === null) return null;
  const many = Array.isArray(value) ? value : null;
  switch (attribute.type) {
    case 'media':
      return many ? many.map((item) => idOf(item, 'id')) : idOf(value, 'id');
    case 'relation':
      return many ? many.map((item) => idOf(item, 'documentId')).sort() : idOf(value, 'documentId');
    case 'component': {
      const component = attribute.component ? getModel(attribute.component) : undefined;
      if (!component) return value;
      const one = (item: unknown): unknown => (isRecord(item) ? canonicalContent(item, component, getModel) : item);
      return many ? many.map(one) : one(value);
    }
    case 'dynamiczone':
      return (many ?? []).map((item) => {
        const uid = isRecord(item) && typeof item.__component === 'string' ? item.__component : '';
        const component = getModel(uid);
        return component && isRecord(item) ? { __component: uid, ...canonicalContent(item, component, getModel) } : item;
      });
    default:
      return value;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function idOf(value: unknown, key: 'id' | 'documentId'): unknown {
  return isRecord(value) ? (value[key] ?? null) : value;
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`)
      .join(',')}}`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value ?? null);
}

export function contentHash(content: Record<string, unknown>): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}

/**
 * Photos in an item, for the yearly report (seed 003 counts them): the cover, the gallery and the
 * images inside the body text.
 */
export function countPhotos(content: Record<string, unknown>): number {
  let photos = 0;
  if (isRecord(content.cover) && content.cover.image) photos += 1;
  if (Array.isArray(content.gallery)) photos += content.gallery.filter((item) => isRecord(item) && item.image).length;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (node.type === 'image') photos += 1;
      if (Array.isArray(node.children)) node.children.forEach(visit);
    }
  };
  visit(content.body);
  return photos;
}
