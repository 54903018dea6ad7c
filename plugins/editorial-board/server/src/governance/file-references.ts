/**
 * Where the rows of a content type can point at a file of the media library, found from the
 * schemas so that a new field is covered without a change here: media attributes, directly or
 * inside components (to any depth), and rich text, whose picture nodes hold the file's address
 * (`/uploads/<hash><ext>`, see cms/src/extensions/rich-text-images.ts). Pure, for unit tests.
 */
import type { GetModel } from '../workflow/content';

const RICH_TEXT_TYPES = new Set(['blocks', 'richtext']);

export interface FileReferences {
  /** Attribute paths that end at a media attribute: `['cover', 'image']`, `['files']`. */
  media: string[][];
  /** The type's own rich-text attributes. */
  richText: string[];
  /**
   * Places this check cannot see into: rich text inside a component, anything in a dynamic zone.
   * None exist today; the live-file guard refuses to start if one appears.
   */
  unsupported: string[];
}

export function fileReferences(uid: string, getModel: GetModel): FileReferences {
  const found: FileReferences = { media: [], richText: [], unsupported: [] };
  const walk = (modelUid: string, path: string[], seen: ReadonlySet<string>): void => {
    const model = getModel(modelUid);
    if (!model || seen.has(modelUid)) return;
    const inside = new Set([...seen, modelUid]);
    for (const [name, attribute] of Object.entries(model.attributes).sort(([a], [b]) => a.localeCompare(b))) {
      const at = [...path, name];
      if (attribute.type === 'media') found.media.push(at);
      else if (RICH_TEXT_TYPES.has(attribute.type)) {
        if (path.length === 0) found.richText.push(name);
        else found.unsupported.push(`${uid}: rich text at ${at.join('.')}`);
      } else if (attribute.type === 'component' && attribute.component) walk(attribute.component, at, inside);
      else if (attribute.type === 'dynamiczone') {
        const holdsFiles = (attribute.components ?? []).some((component) => {
          const inner = fileReferences(component, getModel);
          return inner.media.length + inner.richText.length + inner.unsupported.length > 0;
        });
        if (holdsFiles) found.unsupported.push(`${uid}: a dynamic zone at ${at.join('.')}`);
      }
    }
  };
  walk(uid, [], new Set());
  return found;
}

type Where = { id: { $in: number[] } } | { [attribute: string]: Where };

/** The query engine's filter for rows whose media at `path` is one of `fileIds`. */
export function mediaWhere(path: readonly string[], fileIds: readonly number[]): Where {
  return path.reduceRight<Where>((inner, attribute) => ({ [attribute]: inner }), { id: { $in: [...fileIds] } });
}

type Populate = { select: string[] } | { populate: { [attribute: string]: Populate } };

/** The populate that loads the ids of the files at `path` (through its components). */
export function mediaPopulate(path: readonly string[]): { [attribute: string]: Populate } {
  const [first, ...rest] = path;
  if (first === undefined) return {};
  return { [first]: rest.length === 0 ? { select: ['id'] } : { populate: mediaPopulate(rest) } };
}

/** The ids of the files a populated row holds at `path` (components and media may be lists). */
export function fileIdsAt(row: unknown, path: readonly string[]): number[] {
  if (Array.isArray(row)) return row.flatMap((item) => fileIdsAt(item, path));
  if (typeof row !== 'object' || row === null) return [];
  const record = row as Record<string, unknown>;
  const [first, ...rest] = path;
  if (first === undefined) return typeof record.id === 'number' ? [record.id] : [];
  return fileIdsAt(record[first], rest);
}
