/**
 * The rows of a commune created in this same transaction, written below the document service.
 *
 * Why: through the document service a new commune cost about 500 queries (about 410 in its
 * transaction: every create validated, guarded and read back; about 90 after the commit, reading
 * each created document again with every relation populated for its `entry.create` event), some
 * 0.4 s of Node and PostgreSQL CPU — 3,300 communes would have taken longer than the 10 minutes
 * allowed. Here the same rows cost about 210 queries.
 *
 * Why it is safe, the document service's work piece by piece, for the rows of a commune that did
 * not exist before this transaction (an existing commune is still completed through the document
 * service, see provision-commune.ts):
 * - validation (document-validation, section-validation, site-settings-validation, commune-slugs,
 *   rich-text-images): the data is ours (defaults.ts), valid by construction and checked by the
 *   integration test; slugs cannot collide in a commune that has no rows yet;
 * - the tenancy guard: provisioning is the system (no request), which the guard lets through;
 *   `commune_key` is still derived by the guard's query lifecycle (commune-key.ts) from the
 *   `commune` relation, as these writes go through `strapi.db.query` (query lifecycles run);
 * - site governance: the change-log entry of every category and of the settings is written here
 *   with the plugin's own service (`written` + `record`, what the governance middleware calls);
 * - the editorial board: every draft (pages, access to information) gets its workflow through the
 *   plugin's own `workflows().created`, what the publish guard's middleware calls; the live-row
 *   lifecycle still sees every insert (all drafts here);
 * - the `entry.create` event: it only feeds webhooks (and Enterprise audit logs, not licensed here)
 *   — nothing of ours listens. `directWritesAllowed` turns this path off when a webhook listens to
 *   an entry event, so a configured webhook still gets every entry.
 * What the document service would read back (the created document) is not needed: only ids are.
 */
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { DefaultCategory, MenuItem } from './defaults';
import { UIDS, type CommuneRow } from './store';

type Data = Record<string, unknown>;

interface ChangeActor {
  kind: 'system';
  userId: null;
  email: null;
  address: null;
}
interface Snapshot {
  communeId: number | null;
}
/** The parts of editorial-board's change-log service used here (what site-governance.ts calls). */
interface ChangeLogService {
  written(uid: string, data: Data | undefined, created: { id?: unknown } | null, communeId: number | null): Snapshot | null;
  record(change: {
    actor: ChangeActor;
    action: string;
    uid: string;
    documentId: string | null;
    communeId: number | null;
    outcome: 'done';
    before: null;
    after: Snapshot | null;
  }): Promise<void>;
}
interface Target {
  uid: string;
  documentId: string;
  locale: string;
}
/** The parts of editorial-board's services used here (what publish-guard.ts calls). */
interface StoreService {
  targetOf(uid: string, documentId: string, locale: unknown): Promise<Target>;
}
interface WorkflowsService {
  created(target: Target, actorUserId: number | null, imported: string | null): Promise<void>;
}

const SYSTEM_ACTOR: ChangeActor = { kind: 'system', userId: null, email: null, address: null };
const INFO_ACCESS_UID = 'api::info-access.info-access';

interface WebhookLike {
  isEnabled?: boolean;
  events?: string[];
}

/**
 * False when something would miss the `entry.create` events of rows written here: an enabled
 * webhook on an entry event, or Strapi's Enterprise audit logs. Then every row goes through the
 * document service, as before.
 */
export async function directWritesAllowed(strapi: Core.Strapi): Promise<boolean> {
  const store = strapi.get('webhookStore') as { findWebhooks(): Promise<WebhookLike[] | null> };
  const webhooks = (await store.findWebhooks()) ?? [];
  if (webhooks.some((webhook) => webhook.isEnabled !== false && (webhook.events ?? []).some((event) => event.startsWith('entry.'))))
    return false;
  const features = (strapi as unknown as { ee?: { features?: { isEnabled?(name: string): boolean } } }).ee?.features;
  return features?.isEnabled?.('audit-logs') !== true;
}

const query = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid as UID.Schema);
const changeLog = (strapi: Core.Strapi): ChangeLogService =>
  strapi.plugin('editorial-board').service('change-log') as unknown as ChangeLogService;
const editorialStore = (strapi: Core.Strapi): StoreService => strapi.plugin('editorial-board').service('store') as unknown as StoreService;
const workflows = (strapi: Core.Strapi): WorkflowsService =>
  strapi.plugin('editorial-board').service('workflows') as unknown as WorkflowsService;

/**
 * One row through the query engine, as the document service's create writes it: a fresh
 * documentId (the model's default), the timestamps, `publishedAt` now for a type without drafts
 * and null for a draft, the `commune` relation (and from it, by the tenancy lifecycle, the key).
 */
async function insertRow(
  strapi: Core.Strapi,
  uid: string,
  data: Data,
  options: { draft: boolean; locale?: string },
): Promise<{ id: number; documentId: string }> {
  const now = new Date();
  const row = (await query(strapi, uid).create({
    data: {
      ...data,
      ...(options.locale ? { locale: options.locale } : {}),
      createdAt: now,
      updatedAt: now,
      publishedAt: options.draft ? null : now,
    },
    select: ['id', 'documentId'],
  })) as { id: number; documentId: string };
  return row;
}

/** The change-log entry the governance middleware writes for a created row. */
async function logCreated(
  strapi: Core.Strapi,
  uid: string,
  data: Data,
  created: { id: number; documentId: string },
  communeId: number,
): Promise<void> {
  const after = changeLog(strapi).written(uid, data, created, communeId);
  await changeLog(strapi).record({
    actor: SYSTEM_ACTOR,
    action: 'create',
    uid,
    documentId: created.documentId,
    communeId: after?.communeId ?? communeId,
    outcome: 'done',
    before: null,
    after,
  });
}

/** A draft's workflow, as the publish guard's middleware makes it for a created draft. */
async function startWorkflow(strapi: Core.Strapi, uid: string, created: { documentId: string }, locale: string | undefined): Promise<void> {
  await workflows(strapi).created(await editorialStore(strapi).targetOf(uid, created.documentId, locale), null, null);
}

export async function writeCategories(strapi: Core.Strapi, commune: CommuneRow, categories: DefaultCategory[]): Promise<void> {
  for (const [index, category] of categories.entries()) {
    const data: Data = {
      name: category.name,
      slug: category.slug,
      description: category.description,
      order: index + 1,
      commune: commune.id,
    };
    const created = await insertRow(strapi, UIDS.category, data, { draft: false });
    await logCreated(strapi, UIDS.category, data, created, commune.id);
  }
}

export async function writePage(strapi: Core.Strapi, commune: CommuneRow, data: Data, locale: string): Promise<void> {
  const created = await insertRow(strapi, UIDS.page, { ...data, commune: commune.id }, { draft: true, locale });
  await startWorkflow(strapi, UIDS.page, created, locale);
}

export async function writeInfoAccess(strapi: Core.Strapi, commune: CommuneRow, data: Data): Promise<void> {
  const created = await insertRow(strapi, INFO_ACCESS_UID, { ...data, commune: commune.id }, { draft: true });
  await startWorkflow(strapi, INFO_ACCESS_UID, created, undefined);
}

export async function writeMembership(strapi: Core.Strapi, commune: CommuneRow, data: Data): Promise<void> {
  await insertRow(strapi, UIDS.membership, { ...data, commune: commune.id }, { draft: false });
}

interface SettingsData {
  menu: MenuItem[];
  featuredLinks: Array<{ label: string; url: string; description: string }>;
  [field: string]: unknown;
}

/** The transaction the caller runs in (Strapi's nested transactions join the outer one). */
async function inTransaction(strapi: Core.Strapi, work: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  await strapi.db.transaction(({ trx }) => work(trx));
}

/** Inserts rows in one statement; their ids in the same order (PostgreSQL returns rows as inserted). */
async function insertMany(trx: Knex.Transaction, table: string, rows: Data[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = (await trx(table).insert(rows).returning('id')) as Array<{ id: number }>;
  return inserted.map((row) => row.id);
}

interface ComponentJoin {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName: string;
}
interface ModelMetadata {
  tableName: string;
  attributes: Record<string, { joinTable?: ComponentJoin }>;
}

/** Table and columns as Strapi's own metadata names them (no name is spelled out here). */
function componentField(strapi: Core.Strapi, owner: string, field: string, component: string) {
  const metadata = (uid: string): ModelMetadata => strapi.db.metadata.get(uid) as unknown as ModelMetadata;
  const join = metadata(owner).attributes[field]?.joinTable;
  if (!join) throw new Error(`${owner}.${field} is not a component field`);
  return {
    table: metadata(component).tableName,
    /** The join rows of `ownerIds[i]` → `componentIds[i]`, ordered from 1 per owner. */
    joins(rows: Array<{ owner: number; component: number; order: number }>): Data[] {
      return rows.map((row) => ({
        [join.joinColumn.name]: row.owner,
        [join.inverseJoinColumn.name]: row.component,
        component_type: component, // Strapi's component type column (identifiers.COMPONENT_TYPE_COLUMN)
        field,
        [join.orderColumnName]: row.order,
      }));
    },
    joinTable: join.name,
  };
}

/**
 * The site settings with their menu and featured links. Strapi's document service writes each
 * component with an insert and a read-back (33 components, 66 queries); here each component
 * table gets one multi-row insert, with the same join rows (owner, component, type, field, order).
 */
export async function writeSettings(strapi: Core.Strapi, commune: CommuneRow, settings: SettingsData): Promise<void> {
  const { menu, featuredLinks, ...fields } = settings;
  const created = await insertRow(strapi, UIDS.settings, { ...fields, commune: commune.id }, { draft: false });
  const menuField = componentField(strapi, UIDS.settings, 'menu', 'navigation.menu-item');
  const featuredField = componentField(strapi, UIDS.settings, 'featuredLinks', 'navigation.link');
  const childrenField = componentField(strapi, 'navigation.menu-item', 'children', 'navigation.link');
  await inTransaction(strapi, async (trx) => {
    const children = menu.flatMap((item) => item.children);
    const childIds = await insertMany(
      trx,
      childrenField.table,
      children.map((link) => ({ label: link.label, url: link.url })),
    );
    const itemIds = await insertMany(
      trx,
      menuField.table,
      menu.map((item) => ({ label: item.label, url: item.url })),
    );
    const featuredIds = await insertMany(
      trx,
      featuredField.table,
      featuredLinks.map((link) => ({ label: link.label, url: link.url, description: link.description })),
    );
    let next = 0;
    const childJoins = menu.flatMap((item, itemIndex) =>
      item.children.map((_, childIndex) => ({ owner: itemIds[itemIndex] ?? 0, component: childIds[next++] ?? 0, order: childIndex + 1 })),
    );
    await insertMany(trx, childrenField.joinTable, childrenField.joins(childJoins));
    const menuJoins = menuField.joins(itemIds.map((id, index) => ({ owner: created.id, component: id, order: index + 1 })));
    const featuredJoins = featuredField.joins(featuredIds.map((id, index) => ({ owner: created.id, component: id, order: index + 1 })));
    // Both fields of the settings share one join table (`<collection>_cmps`): one insert then.
    if (menuField.joinTable === featuredField.joinTable) await insertMany(trx, menuField.joinTable, [...menuJoins, ...featuredJoins]);
    else {
      await insertMany(trx, menuField.joinTable, menuJoins);
      await insertMany(trx, featuredField.joinTable, featuredJoins);
    }
  });
  await logCreated(strapi, UIDS.settings, settings, created, commune.id);
}
