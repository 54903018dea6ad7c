/**
 * Which rows of which tables are one commune's, derived from Strapi's own model metadata
 * (cms/scripts/model-map.ts) and the database's catalog — not from a hand-kept list — so that a
 * new content type, component, relation or plugin table is covered without anyone remembering:
 *
 * - an entity is the commune's when its `commune` relation's link table says so, or its own
 *   `commune_id` column does (media files and folders, editorial-board workflows and events);
 * - a component row is when an owned entity (or owned component) points at it through its
 *   `*_cmps` table, repeatedly (components nest);
 * - a link-table row (`*_lnk`) when its owning side is an owned row; a polymorphic row
 *   (`files_related_mph`) when its file is owned or its related row is (or is the commune itself:
 *   its logo and banner);
 * - content-history versions of owned documents;
 * - tables outside Strapi's models (our SQL migrations) with a `commune_id` column.
 *
 * Some commune-keyed tables stay as they are on purpose (KEPT_LIVE): records of what happened,
 * which a restore must not rewrite, the commune's own row, which province IT manages, and a table
 * that triggers keep from restored rows.
 * `uncoveredTables` lists any commune-keyed table neither restored nor kept: a test fails on it.
 *
 * Every rule is an SQL condition with `$1` = the commune's id, run the same way on the backup's
 * copy and on the live database. Pure: metadata in, conditions out.
 */
import { COMMUNE_UID } from '../../../plugins/commune-tenancy/shared/uids.ts';

const HISTORY_UID = 'plugin::content-manager.history-version';

export interface JoinTableInfo {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { typeColumn: { name: string }; idColumn: { name: string } };
  on?: Record<string, unknown>;
}

export interface ModelInfo {
  uid: string;
  kind: 'content-type' | 'component' | 'internal';
  tableName: string;
  columns: string[];
  relations: Array<{ name: string; relation: string; target: string | null; joinTable: JoinTableInfo }>;
}

export interface CatalogTable {
  name: string;
  columns: string[];
}

export type TableRole = 'entity' | 'component' | 'link' | 'morph' | 'history' | 'sql';

export interface TableRule {
  table: string;
  role: TableRole;
  /** The model the rows are (entities, components, history), for the summary. */
  uid: string | null;
  /** SQL condition on the table (no alias), `$1` = the commune's id. */
  where: string;
}

export interface TablePlan {
  rules: TableRule[];
  keptLive: Array<{ table: string; reason: string }>;
}

/** Commune-keyed tables a commune restore leaves as they are, and why. */
export const KEPT_LIVE: Record<string, string> = {
  communes: "the commune's own record (domains, status, theme) is province IT's; its logo and banner links are restored",
  audit_events: 'the audit trail records what happened, the restore included; it is never rewritten',
  site_changes: "the editorial board's change log is a record of what happened, like the audit trail",
  site_visits: 'visit statistics count real visits, before and after the backup',
  site_visitors: 'visit statistics count real visits, before and after the backup',
  site_content_versions: 'bumped by the restore (the sites purge their caches), never set back',
  page_ratings: 'ratings count real votes, before and after the backup, like the visits',
  search_queries: 'search insight counts real searches, before and after the backup, like the visits',
  compliance_snapshots: 'the scorecard as it stood each day; a restore does not change what was recorded',
  citizen_voice_attempts: 'the rate limits count real attempts; a restore must not lift them',
  portal_search_head_pairs:
    "counted by triggers from the search entries (database/migrations/0016): restoring the commune's entries sets it right",
};

const quote = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected identifier ${JSON.stringify(name)} in the model map`);
  return `"${name}"`;
};
const literal = (value: string): string => {
  if (!/^[A-Za-z0-9_.:-]+$/.test(value)) throw new Error(`Unexpected model name ${JSON.stringify(value)} in the model map`);
  return `'${value}'`;
};

const isComponentsTable = (join: JoinTableInfo): boolean => join.on !== undefined || join.name.endsWith('_cmps');

export function planCommuneTables(models: ModelInfo[], catalog: CatalogTable[]): TablePlan {
  const byUid = new Map(models.map((model) => [model.uid, model]));
  const catalogNames = new Set(catalog.map((table) => table.name));
  const owned = new Map<string, string[]>(); // uid → OR'ed conditions on its table
  const add = (uid: string, condition: string): boolean => {
    const list = owned.get(uid) ?? [];
    if (list.includes(condition)) return false;
    list.push(condition);
    owned.set(uid, list);
    return true;
  };
  const ownedIds = (uid: string): string => {
    const model = byUid.get(uid);
    if (!model) throw new Error(`No model ${uid}`);
    return `SELECT id FROM ${quote(model.tableName)} WHERE ${conditionOf(uid)}`;
  };
  const conditionOf = (uid: string): string => {
    const list = owned.get(uid) ?? [];
    return list.length === 1 ? (list[0] as string) : `(${list.join(' OR ')})`;
  };

  // Strapi lists its link tables among the models too; they are not entities.
  const joinTableNames = new Set(models.flatMap((model) => model.relations.map((relation) => relation.joinTable.name)));
  // Entities: by their commune relation, or their own commune_id column.
  for (const model of models) {
    if (joinTableNames.has(model.tableName)) continue;
    if (model.kind === 'component' || model.uid === COMMUNE_UID || model.uid === HISTORY_UID || model.tableName in KEPT_LIVE) continue;
    const commune = model.relations.find(
      (relation) => relation.name === 'commune' && relation.target === COMMUNE_UID && relation.joinTable.inverseJoinColumn,
    );
    if (commune) {
      const join = commune.joinTable;
      add(
        model.uid,
        `id IN (SELECT ${quote(join.joinColumn.name)} FROM ${quote(join.name)} WHERE ${quote(join.inverseJoinColumn?.name ?? '')} = $1)`,
      );
    } else if (model.columns.includes('commune_id')) {
      add(model.uid, 'commune_id = $1');
    }
  }

  // Components, to a fixed point (a component may hold components).
  const componentUids = models.filter((model) => model.kind === 'component').map((model) => model.uid);
  for (let changed = true; changed; ) {
    changed = false;
    for (const parentUid of [...owned.keys()]) {
      const parent = byUid.get(parentUid);
      for (const relation of parent?.relations ?? []) {
        if (!isComponentsTable(relation.joinTable)) continue;
        const targets = relation.target && byUid.get(relation.target)?.kind === 'component' ? [relation.target] : componentUids;
        for (const target of targets) {
          const join = relation.joinTable;
          const condition = `id IN (SELECT ${quote(join.inverseJoinColumn?.name ?? 'cmp_id')} FROM ${quote(join.name)} WHERE component_type = ${literal(target)} AND ${quote(join.joinColumn.name)} IN (${ownedIds(parentUid)}))`;
          if (add(target, condition)) changed = true;
        }
      }
    }
  }

  const rules: TableRule[] = [];
  for (const [uid, _conditions] of owned) {
    const model = byUid.get(uid) as ModelInfo;
    rules.push({ table: model.tableName, role: model.kind === 'component' ? 'component' : 'entity', uid, where: conditionOf(uid) });
  }

  // Link, components and polymorphic tables of owned rows.
  const joins = new Map<string, { role: TableRole; conditions: string[] }>();
  const addJoin = (table: string, role: TableRole, condition: string): void => {
    const entry = joins.get(table) ?? { role, conditions: [] };
    if (!entry.conditions.includes(condition)) entry.conditions.push(condition);
    joins.set(table, entry);
  };
  const ownedUids = [...owned.keys()];
  for (const model of models) {
    for (const relation of model.relations) {
      const join = relation.joinTable;
      if (join.morphColumn && !isComponentsTable(join)) {
        const { typeColumn, idColumn } = join.morphColumn;
        if (owned.has(model.uid)) addJoin(join.name, 'morph', `${quote(join.joinColumn.name)} IN (${ownedIds(model.uid)})`);
        for (const uid of ownedUids)
          addJoin(join.name, 'morph', `(${quote(typeColumn.name)} = ${literal(uid)} AND ${quote(idColumn.name)} IN (${ownedIds(uid)}))`);
        addJoin(join.name, 'morph', `(${quote(typeColumn.name)} = ${literal(COMMUNE_UID)} AND ${quote(idColumn.name)} = $1)`);
        continue;
      }
      if (!owned.has(model.uid)) continue;
      addJoin(join.name, 'link', `${quote(join.joinColumn.name)} IN (${ownedIds(model.uid)})`);
    }
  }
  for (const [table, { role, conditions }] of joins)
    rules.push({ table, role, uid: null, where: conditions.length === 1 ? (conditions[0] as string) : `(${conditions.join(' OR ')})` });

  // Content history of owned documents.
  const history = byUid.get(HISTORY_UID);
  if (history && catalogNames.has(history.tableName)) {
    const conditions = ownedUids
      .filter((uid) => byUid.get(uid)?.kind === 'content-type')
      .map(
        (uid) =>
          `(content_type = ${literal(uid)} AND related_document_id IN (SELECT document_id FROM ${quote((byUid.get(uid) as ModelInfo).tableName)} WHERE ${conditionOf(uid)}))`,
      );
    if (conditions.length > 0)
      rules.push({ table: history.tableName, role: 'history', uid: HISTORY_UID, where: `(${conditions.join(' OR ')})` });
  }

  // Our own SQL tables keyed by commune (search index, …).
  const modelTables = new Set([...models.map((model) => model.tableName), ...joinTableNames]);
  for (const table of catalog) {
    if (modelTables.has(table.name) || table.name in KEPT_LIVE) continue;
    if (table.columns.includes('commune_id')) rules.push({ table: table.name, role: 'sql', uid: null, where: 'commune_id = $1' });
  }

  const keptLive = Object.entries(KEPT_LIVE)
    .filter(([table]) => catalogNames.has(table))
    .map(([table, reason]) => ({ table, reason }));
  return { rules: rules.filter((rule) => catalogNames.has(rule.table)), keptLive };
}

/**
 * Tables that look commune-scoped (a `commune_id` or `commune_key` column, a `*_commune_lnk`
 * name, or a link/components/polymorphic table of a restored table) yet are neither restored nor
 * kept on purpose. Must be empty; a test says so.
 */
export function uncoveredTables(plan: TablePlan, catalog: CatalogTable[], models: ModelInfo[]): string[] {
  const covered = new Set([...plan.rules.map((rule) => rule.table), ...plan.keptLive.map((entry) => entry.table)]);
  const restored = new Set(plan.rules.map((rule) => rule.table));
  const touchesRestored = new Set(
    models.filter((model) => restored.has(model.tableName)).flatMap((model) => model.relations.map((relation) => relation.joinTable.name)),
  );
  return catalog
    .filter(
      (table) =>
        table.columns.includes('commune_id') ||
        table.columns.includes('commune_key') ||
        table.name.endsWith('_commune_lnk') ||
        touchesRestored.has(table.name),
    )
    .map((table) => table.name)
    .filter((name) => !covered.has(name))
    .sort();
}
