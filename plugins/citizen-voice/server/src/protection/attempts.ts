/**
 * Attempts of the public forms in PostgreSQL: the counts the gate decides on, and the record of
 * each attempt. Runs inside the submission's transaction, under a lock on the address key, so
 * that parallel requests from one address cannot all pass a limit at once.
 */
import type { Knex } from 'knex';
import type { AttemptCounts, Form } from './gate';

interface CountsRow {
  client_minute: string;
  client_accepted: string;
  client_refused: string;
  commune_accepted: string;
}

/** Serialises the submissions of one address (transaction-scoped advisory lock). */
export async function lockClient(trx: Knex.Transaction, client: Buffer): Promise<void> {
  await trx.raw("SELECT pg_advisory_xact_lock(hashtextextended(encode(?::bytea, 'hex'), 1616))", [client]);
}

export async function countAttempts(trx: Knex.Transaction, communeId: number, client: Buffer, form: Form): Promise<AttemptCounts> {
  const result = (await trx.raw(
    `SELECT
       count(*) FILTER (WHERE client_key = :client AND at > now() - interval '1 minute') AS client_minute,
       count(*) FILTER (WHERE client_key = :client AND accepted AND form = :form) AS client_accepted,
       count(*) FILTER (WHERE client_key = :client AND NOT accepted) AS client_refused,
       count(*) FILTER (WHERE commune_id = :commune AND accepted AND form <> 'rating' AND at > now() - interval '10 minutes') AS commune_accepted
     FROM citizen_voice_attempts
     WHERE (client_key = :client OR commune_id = :commune) AND at > now() - interval '1 hour'`,
    { client, form, commune: communeId },
  )) as { rows: CountsRow[] };
  const row = result.rows[0];
  return {
    clientMinute: Number(row?.client_minute ?? 0),
    clientAccepted: Number(row?.client_accepted ?? 0),
    clientRefused: Number(row?.client_refused ?? 0),
    communeAccepted: Number(row?.commune_accepted ?? 0),
  };
}

export async function recordAttempt(
  trx: Knex.Transaction,
  communeId: number,
  client: Buffer,
  form: Form,
  accepted: boolean,
): Promise<void> {
  await trx.raw('INSERT INTO citizen_voice_attempts (commune_id, client_key, form, accepted) VALUES (?, ?, ?, ?)', [
    communeId,
    client,
    form,
    accepted,
  ]);
}

/** Spends a solved challenge; false when it was already used. */
export async function spendChallenge(trx: Knex.Transaction, id: string): Promise<boolean> {
  const result = (await trx.raw('INSERT INTO citizen_voice_challenges_used (id) VALUES (?) ON CONFLICT DO NOTHING RETURNING id', [id])) as {
    rows: unknown[];
  };
  return result.rows.length === 1;
}
