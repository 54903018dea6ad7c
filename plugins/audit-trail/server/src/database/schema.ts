/**
 * The trail's table, in PostgreSQL, outside Strapi's content types: nothing in the content
 * manager or the content API can list, edit or delete it, and Strapi's schema sync leaves tables
 * it did not create alone.
 *
 * Append-only is enforced by the database, not by the application, so no code path — Strapi's
 * query layer, a script, `psql` as the application's user — can rewrite history:
 * - a row trigger refuses every UPDATE, and every DELETE unless the row is older than the cutoff
 *   the retention purge sets for its own transaction (`audit_trail.purge_before`);
 * - a statement trigger refuses TRUNCATE;
 * - the cutoff is honoured only when it is at least MINIMUM_RETENTION_DAYS in the past, so even
 *   someone who sets the setting by hand can only remove rows the retention rule would remove.
 * The table's owner can still drop the trigger: that is a schema change, made by a person with
 * the database owner's rights, not something the application does (see README, "Audit trail").
 *
 * Idempotent, run at every start under an advisory lock (several Strapi processes may start at
 * once).
 */
import type { Core } from '@strapi/strapi';

export const AUDIT_TABLE = 'audit_events';
/** The trigger will not let a purge remove anything younger than this, whatever the setting says. */
export const MINIMUM_RETENTION_DAYS = 30;
const LOCK_KEY = 7_342_013;

const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    request_id text,
    actor_user_id integer,
    actor_email text,
    client_address text,
    user_agent text,
    commune_id integer,
    category text NOT NULL,
    action text NOT NULL,
    target_type text,
    target_id text,
    detail text,
    outcome text NOT NULL CHECK (outcome IN ('succeeded', 'refused', 'failed')),
    http_status integer,
    method text NOT NULL,
    route text
  )`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_time_idx ON ${AUDIT_TABLE} (occurred_at DESC, id DESC)`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_commune_idx ON ${AUDIT_TABLE} (commune_id, occurred_at DESC)`,
  `CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_actor_idx ON ${AUDIT_TABLE} (actor_user_id, occurred_at DESC)`,
  `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
   LANGUAGE plpgsql AS $$
   DECLARE
     cutoff timestamptz;
   BEGIN
     IF TG_OP = 'DELETE' THEN
       cutoff := nullif(current_setting('audit_trail.purge_before', true), '')::timestamptz;
       IF cutoff IS NOT NULL AND cutoff <= now() - interval '${MINIMUM_RETENTION_DAYS} days' AND OLD.occurred_at < cutoff THEN
         RETURN OLD;
       END IF;
     END IF;
     RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
   END
   $$`,
  `CREATE OR REPLACE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE}
   FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
  `CREATE OR REPLACE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON ${AUDIT_TABLE}
   FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
  // The one way rows leave: older than the retention period, in one transaction that opens the
  // trigger for exactly those rows.
  `CREATE OR REPLACE FUNCTION audit_events_purge(keep_days integer) RETURNS bigint
   LANGUAGE plpgsql AS $$
   DECLARE
     cutoff timestamptz;
     removed bigint;
   BEGIN
     IF keep_days IS NULL OR keep_days < ${MINIMUM_RETENTION_DAYS} THEN
       RAISE EXCEPTION 'audit retention must be at least ${MINIMUM_RETENTION_DAYS} days, not %', keep_days;
     END IF;
     cutoff := now() - make_interval(days => keep_days);
     PERFORM set_config('audit_trail.purge_before', cutoff::text, true);
     DELETE FROM ${AUDIT_TABLE} WHERE occurred_at < cutoff;
     GET DIAGNOSTICS removed = ROW_COUNT;
     PERFORM set_config('audit_trail.purge_before', '', true);
     RETURN removed;
   END
   $$`,
];

export async function installSchema(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
    for (const statement of STATEMENTS) await trx.raw(statement);
  });
}
