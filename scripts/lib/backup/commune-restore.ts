/**
 * Restores one commune's rows from the backup's copy of the database (a scratch database) into
 * the live one, leaving every other commune alone: the table plan (table-plan.ts) selects the
 * commune's rows on both sides; the dry run compares them; `apply` deletes the live rows and
 * inserts the backup's, with their original ids, in ONE transaction (PostgreSQL sequences never
 * hand out an id twice, so the backup's ids collide with nothing another commune has).
 *
 * A backup row that points at something no longer in the platform (an admin account deleted
 * since, say) keeps its place: a nullable reference (created_by_id) is cleared, a link or a
 * membership to it is left out, and the summary counts it.
 */
import pg from 'pg';
import type { TablePlan, TableRole, TableRule } from './table-plan.ts';

export interface TableChange {
  table: string;
  role: TableRole;
  label: string;
  added: number;
  changed: number;
  deleted: number;
  unchanged: number;
  /** Backup rows left out because what they point at is gone. */
  skipped: number;
}

export interface CommuneRestoreResult {
  communeId: number;
  applied: boolean;
  tables: TableChange[];
  /** The media library rows of the commune, in the backup and live (for the files step). */
  backupFiles: FileRow[];
  liveFiles: FileRow[];
}

export interface FileRow {
  id: number;
  url: string | null;
  formats: Record<string, { url?: unknown } | null> | null;
}

type Row = Record<string, unknown>;

interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
  nullable: boolean;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function rowsOf(client: pg.Client, rule: TableRule, communeId: number): Promise<Row[]> {
  const result = await client.query<{ r: Row }>(`SELECT to_jsonb(t) AS r FROM ${ident(rule.table)} t WHERE ${rule.where}`, [communeId]);
  return result.rows.map((row) => row.r);
}

const keyOf = (row: Row, hasId: boolean): string => (hasId ? String(row.id) : JSON.stringify(row));

/** Insert order: rows that others point at first. */
const ROLE_ORDER: TableRole[] = ['entity', 'component', 'history', 'sql', 'link', 'morph'];

async function foreignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const result = await client.query<ForeignKey>(`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column", c.confrelid::regclass::text AS "refTable",
           af.attname AS "refColumn", NOT a.attnotnull AS nullable
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND c.connamespace = 'public'::regnamespace`);
  return result.rows;
}

async function insertableColumns(client: pg.Client, table: string): Promise<string[]> {
  const result = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
    [table],
  );
  return result.rows.map((row) => row.column_name);
}

/**
 * Drops or repairs backup rows whose references are gone from the live database (checked inside
 * the transaction, after the commune's own rows are in). Returns the rows to insert.
 */
async function withLiveReferences(
  client: pg.Client,
  role: TableRole,
  rows: Row[],
  keys: ForeignKey[],
): Promise<{ rows: Row[]; skipped: number }> {
  let kept = rows;
  let skipped = 0;
  for (const key of keys) {
    const wanted = [...new Set(kept.map((row) => row[key.column]).filter((value) => value !== null && value !== undefined))];
    if (wanted.length === 0) continue;
    const found = await client.query<{ v: unknown }>(
      `SELECT ${ident(key.refColumn)} AS v FROM ${ident(key.refTable)} WHERE ${ident(key.refColumn)} = ANY($1)`,
      [wanted],
    );
    const present = new Set(found.rows.map((row) => String(row.v)));
    const repaired: Row[] = [];
    for (const row of kept) {
      const value = row[key.column];
      if (value === null || value === undefined || present.has(String(value))) repaired.push(row);
      else if (key.nullable && (role === 'entity' || role === 'component' || role === 'history' || role === 'sql'))
        repaired.push({ ...row, [key.column]: null });
      else skipped += 1;
    }
    kept = repaired;
  }
  return { rows: kept, skipped };
}

/** Memberships of admin accounts deleted since the backup are left out (no foreign key says so). */
async function withLiveMembers(client: pg.Client, table: string, rows: Row[]): Promise<{ rows: Row[]; skipped: number }> {
  if (table !== 'commune_memberships' || rows.length === 0) return { rows, skipped: 0 };
  const ids = [...new Set(rows.map((row) => row.admin_user_id).filter((id) => id !== null))];
  const found = await client.query<{ id: number }>('SELECT id FROM admin_users WHERE id = ANY($1)', [ids]);
  const present = new Set(found.rows.map((row) => row.id));
  const kept = rows.filter((row) => row.admin_user_id === null || present.has(row.admin_user_id as number));
  return { rows: kept, skipped: rows.length - kept.length };
}

export interface CommuneRestoreOptions {
  liveUrl: string;
  scratchUrl: string;
  plan: TablePlan;
  slug: string;
  apply: boolean;
  /** Runs inside the transaction, after the rows are in, before COMMIT (copying media files). */
  beforeCommit?: (result: CommuneRestoreResult) => Promise<void>;
}

export async function restoreCommuneRows(options: CommuneRestoreOptions): Promise<CommuneRestoreResult> {
  const live = new pg.Client({ connectionString: options.liveUrl });
  const scratch = new pg.Client({ connectionString: options.scratchUrl });
  await live.connect();
  await scratch.connect();
  try {
    const backupCommune = (await scratch.query<{ id: number }>('SELECT id FROM communes WHERE slug = $1', [options.slug])).rows[0];
    if (!backupCommune) throw new Error(`The backup has no commune "${options.slug}"`);
    const liveCommune = (await live.query<{ id: number }>('SELECT id FROM communes WHERE slug = $1', [options.slug])).rows[0];
    if (!liveCommune)
      throw new Error(`The running platform has no commune "${options.slug}": restore the whole platform, or provision the commune first`);
    if (liveCommune.id !== backupCommune.id)
      throw new Error(
        `Commune "${options.slug}" is id ${liveCommune.id} now but ${backupCommune.id} in the backup: it was deleted and provisioned again; restore it by hand`,
      );
    const communeId = liveCommune.id;

    const rules = [...options.plan.rules].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    const data = new Map<string, { backup: Row[]; live: Row[]; hasId: boolean }>();
    const tables: TableChange[] = [];
    for (const rule of rules) {
      const backup = await rowsOf(scratch, rule, communeId);
      const current = await rowsOf(live, rule, communeId);
      const hasId = [...backup, ...current].every((row) => 'id' in row);
      data.set(rule.table, { backup, live: current, hasId });
      const liveByKey = new Map(current.map((row) => [keyOf(row, hasId), JSON.stringify(row)]));
      const backupKeys = new Set(backup.map((row) => keyOf(row, hasId)));
      let added = 0;
      let changed = 0;
      let unchanged = 0;
      for (const row of backup) {
        const before = liveByKey.get(keyOf(row, hasId));
        if (before === undefined) added += 1;
        else if (before === JSON.stringify(row)) unchanged += 1;
        else changed += 1;
      }
      const deleted = [...liveByKey.keys()].filter((key) => !backupKeys.has(key)).length;
      tables.push({ table: rule.table, role: rule.role, label: rule.uid ?? rule.table, added, changed, deleted, unchanged, skipped: 0 });
    }
    const filesOf = (rows: Row[]): FileRow[] =>
      rows.map((row) => ({
        id: row.id as number,
        url: (row.url as string | null) ?? null,
        formats: (row.formats as FileRow['formats']) ?? null,
      }));
    const result: CommuneRestoreResult = {
      communeId,
      applied: false,
      tables,
      backupFiles: filesOf(data.get('files')?.backup ?? []),
      liveFiles: filesOf(data.get('files')?.live ?? []),
    };
    if (!options.apply) return result;

    const keys = await foreignKeys(live);
    await live.query('BEGIN');
    try {
      // Serialises with anything else that locks the commune (provisioning, another restore).
      await live.query('SELECT id FROM communes WHERE id = $1 FOR UPDATE', [communeId]);
      // Delete what is live now: joins first, then the rows they point at.
      for (const rule of [...rules].reverse()) {
        const entry = data.get(rule.table);
        if (!entry || entry.live.length === 0) continue;
        if (entry.hasId) await live.query(`DELETE FROM ${ident(rule.table)} WHERE id = ANY($1)`, [entry.live.map((row) => row.id)]);
        else await live.query(`DELETE FROM ${ident(rule.table)} WHERE ${rule.where}`, [communeId]);
      }
      // A backup row's id still taken: a component or link row left orphaned when its owner was
      // deleted (ids are never reused, so it is that very row) goes; an entity that now belongs to
      // another commune stops the restore.
      for (const rule of rules) {
        const entry = data.get(rule.table);
        if (!entry?.hasId || entry.backup.length === 0) continue;
        const taken = await live.query<{ id: number }>(`SELECT id FROM ${ident(rule.table)} WHERE id = ANY($1)`, [
          entry.backup.map((row) => row.id),
        ]);
        if (taken.rows.length === 0) continue;
        if (rule.role === 'entity') {
          throw new Error(
            `${rule.table}: rows ${taken.rows
              .map((row) => row.id)
              .slice(0, 5)
              .join(', ')} of the backup now belong to another commune; nothing was changed`,
          );
        }
        await live.query(`DELETE FROM ${ident(rule.table)} WHERE id = ANY($1)`, [taken.rows.map((row) => row.id)]);
      }
      for (const rule of rules) {
        const entry = data.get(rule.table);
        const change = tables.find((table) => table.table === rule.table);
        if (!entry || !change || entry.backup.length === 0) continue;
        const members = await withLiveMembers(live, rule.table, entry.backup);
        const checked = await withLiveReferences(
          live,
          rule.role,
          members.rows,
          keys.filter((key) => key.table === rule.table),
        );
        change.skipped = members.skipped + checked.skipped;
        if (checked.rows.length === 0) continue;
        const columns = (await insertableColumns(live, rule.table)).map(ident).join(', ');
        await live.query(
          `INSERT INTO ${ident(rule.table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${ident(rule.table)}, $1::jsonb)`,
          [JSON.stringify(checked.rows)],
        );
        if (entry.hasId) {
          // Never behind the ids now in the table (a sequence only moves forward).
          await live.query(
            `SELECT setval(seq::regclass, GREATEST((SELECT max(id) FROM ${ident(rule.table)}), COALESCE(pg_sequence_last_value(seq::regclass), 1)))
               FROM pg_get_serial_sequence($1, 'id') AS seq WHERE seq IS NOT NULL`,
            [rule.table],
          );
        }
      }
      await options.beforeCommit?.(result);
      // The sites' caches follow (plugins/site-cache): one more version for this commune.
      await live.query(
        `INSERT INTO site_content_versions AS v (commune_id, version, changed_at) VALUES ($1, 1, now())
         ON CONFLICT (commune_id) DO UPDATE SET version = v.version + 1, changed_at = now()`,
        [communeId],
      );
      await live.query('COMMIT');
    } catch (error) {
      await live.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    result.applied = true;
    return result;
  } finally {
    await live.end();
    await scratch.end();
  }
}
