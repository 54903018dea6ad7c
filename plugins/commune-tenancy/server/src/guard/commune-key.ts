/**
 * Every scoped row carries its commune twice: the `commune` relation (for the admin UI, filters
 * by slug, populate) and `communeKey`, a plain indexed integer column with the same commune id.
 * The guard narrows reads on the column: a relation filter joins the link table on every query,
 * which cost the content API about a third of its time; a scalar `IN` on an indexed column is
 * nearly free.
 *
 * The column is derived, never written by anyone but this module:
 * - it is not writable (Strapi's admin and content API input sanitizers drop it), private (never
 *   in API output, refused as a content API filter) and hidden from the content manager;
 * - at the query layer, every create and update of a scoped model drops whatever `communeKey` the
 *   data carries and derives it from the `commune` relation in the same data (the shapes the
 *   document service writes: an id, `{ id }`, `{ set }`, `{ connect }`); when the relation's
 *   shape says nothing usable, the column is re-read from the link table after the write;
 * - at every start, one UPDATE per scoped table re-derives it from the link table, for rows
 *   written by SQL or before this column existed.
 * A row whose key is missing (NULL) is invisible to everyone but the system and province IT:
 * the failure mode is "not found", never "visible to another commune".
 */
import type { Core } from '@strapi/strapi';
import { COMMUNE_UID, readRelationRef } from '../../../shared';
import { isScoped } from './scope';

export const COMMUNE_KEY = 'communeKey';

interface MutableContentType {
  collectionName?: string;
  pluginOptions?: Record<string, unknown>;
  attributes: Record<string, unknown>;
  indexes?: Array<{ name: string; columns: string[]; type?: string }>;
}

interface WriteEvent {
  model: { uid: string };
  params: { data?: Record<string, unknown> };
  result?: { id?: number } | null;
  state: Record<string, unknown>;
}

/** The UIDs of the scoped content types. */
export function scopedUids(strapi: Core.Strapi): string[] {
  return Object.entries(strapi.contentTypes)
    .filter(([, schema]) => isScoped(schema as { pluginOptions?: Record<string, unknown> }))
    .map(([uid]) => uid);
}

/**
 * Adds the key attribute and its index to every scoped type; call in register(), before the
 * database schema is synchronised. Strapi's schema sync owns the index (content types may
 * declare `indexes`), so it is created with the column and never drifts.
 */
export function addCommuneKeys(strapi: Core.Strapi): void {
  for (const uid of scopedUids(strapi)) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as MutableContentType;
    contentType.attributes[COMMUNE_KEY] = {
      type: 'integer',
      // writable: false → dropped from admin and content API input; private → never output and
      // not a content API filter; visible/configurable: false → not in the content manager.
      writable: false,
      private: true,
      visible: false,
      configurable: false,
      required: false,
    };
    const name = `${contentType.collectionName ?? uid.split('.').pop() ?? 'scoped'}_commune_key_idx`;
    contentType.indexes = [...(contentType.indexes ?? []).filter((index) => index.name !== name), { name, columns: ['commune_key'] }];
  }
}

/**
 * What a write's `commune` value makes the key: a commune id, null (relation cleared), or
 * undefined when the value's shape says nothing usable. A documentId is looked up (communes have
 * no drafts, so one documentId is one row).
 */
export async function keyFromRelation(strapi: Core.Strapi, value: unknown): Promise<number | null | undefined> {
  const ref = readRelationRef(value);
  if (ref === null) return null;
  if (ref === undefined) return undefined;
  if ('id' in ref) return ref.id;
  const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { documentId: ref.documentId }, select: ['id'] })) as {
    id: number;
  } | null;
  return commune?.id ?? null;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface LinkInfo {
  table: string;
  keyColumn: string;
  link: JoinTable;
}

function linkInfo(strapi: Core.Strapi, uid: string): LinkInfo {
  const metadata = strapi.db.metadata.get(uid) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
  };
  const link = metadata.attributes.commune?.joinTable;
  if (!link) throw new Error(`[commune-tenancy] ${uid} is scoped but its "commune" relation has no link table`);
  return { table: metadata.tableName, keyColumn: metadata.attributes[COMMUNE_KEY]?.columnName ?? 'commune_key', link };
}

/** A row's commune id in the link table: a subquery correlated on the updated row `t`. */
const LINKED_COMMUNE = '(SELECT l.?? FROM ?? l WHERE l.?? = t.id ORDER BY l.id LIMIT 1)';
const linkedBindings = (info: LinkInfo): string[] => [info.link.inverseJoinColumn.name, info.link.name, info.link.joinColumn.name];

/** Re-derives one row's key from the link table, inside the current transaction if there is one. */
async function resyncRow(strapi: Core.Strapi, uid: string, id: number): Promise<void> {
  const info = linkInfo(strapi, uid);
  await strapi.db.transaction(async ({ trx }) => {
    await trx.raw(`UPDATE ?? AS t SET ?? = ${LINKED_COMMUNE} WHERE t.id = ?`, [info.table, info.keyColumn, ...linkedBindings(info), id]);
  });
}

/** One UPDATE per scoped table: every row whose key differs from its link gets it re-derived. */
export async function backfillCommuneKeys(strapi: Core.Strapi): Promise<number> {
  let changed = 0;
  for (const uid of scopedUids(strapi)) {
    const info = linkInfo(strapi, uid);
    const result = (await strapi.db.connection.raw(
      `UPDATE ?? AS t SET ?? = ${LINKED_COMMUNE} WHERE t.?? IS DISTINCT FROM ${LINKED_COMMUNE}`,
      [info.table, info.keyColumn, ...linkedBindings(info), info.keyColumn, ...linkedBindings(info)],
    )) as { rowCount?: number };
    changed += result.rowCount ?? 0;
  }
  return changed;
}

/**
 * Keeps the key equal to the relation on every create and update of a scoped model, whatever the
 * path (document service, clone, publish, discard, direct queries). Always on, also when the
 * guard is switched off for the benchmark, so the column never goes stale.
 */
export function syncCommuneKeys(strapi: Core.Strapi): void {
  const derive = async (event: WriteEvent): Promise<void> => {
    const data = event.params.data;
    if (!data) return;
    delete data.communeKey; // = COMMUNE_KEY: whatever a caller sent, the key only ever comes from the relation
    if (data.commune === undefined) return; // the relation is not being changed
    const key = await keyFromRelation(strapi, data.commune);
    // A shape without a usable id: the link table, once written, is the truth.
    if (key === undefined) event.state.resync = true;
    else data[COMMUNE_KEY] = key;
  };
  const resync = async (event: WriteEvent): Promise<void> => {
    if (event.state.resync === true && typeof event.result?.id === 'number') await resyncRow(strapi, event.model.uid, event.result.id);
  };
  const dropKey = (event: { params: { data?: Record<string, unknown> | Array<Record<string, unknown>> } }): void => {
    for (const row of [event.params.data ?? []].flat()) delete row.communeKey; // = COMMUNE_KEY
  };
  strapi.db.lifecycles.subscribe({
    models: scopedUids(strapi),
    beforeCreate: derive,
    beforeUpdate: derive,
    afterCreate: resync,
    afterUpdate: resync,
    // Bulk writes cannot change relations, so they never set the key either.
    beforeCreateMany: dropKey,
    beforeUpdateMany: dropKey,
  });
}
