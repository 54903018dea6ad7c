/**
 * The plugin's periodic work, in every CMS process; each step is one conditional statement, so
 * processes running it at the same time do it once:
 * - due-date reminders: open questions past or within DUE_SOON_WORKING_DAYS of their due date are
 *   e-mailed to the commune's head once a day (the UPDATE that marks them decides who sends);
 * - erasure: contact data of questions closed, and comments received, longer ago than the
 *   commune's retention period is deleted (the name is reduced to its initials, which stay);
 * - clean-up: attempts and spent challenges older than a day, visitor hashes of past days.
 */
import type { Core } from '@strapi/strapi';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, DEFAULT_RETENTION_MONTHS, todayInVietnam } from '../../shared';
import { composeReminder, type ReminderItem } from './reminders';
import { personName } from './services/board-access';
import { COMMUNE_UID, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

let timer: NodeJS.Timeout | null = null;

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

/** Whether the email plugin has an SMTP server to talk to (its nodemailer `host`). */
const smtpConfigured = (strapi: Core.Strapi): boolean => {
  const options = (strapi.config.get('plugin::email') as { providerOptions?: { host?: unknown } } | undefined)?.providerOptions;
  return typeof options?.host === 'string' && options.host.trim() !== '';
};

async function sendReminders(strapi: Core.Strapi, now: Date): Promise<number> {
  if (!smtpConfigured(strapi)) return 0;
  const today = todayInVietnam(now);
  const soonUntil = addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  const marked = (await strapi.db.connection.raw(
    `UPDATE citizen_questions q SET reminded_on = ?::date
     WHERE q.status <> 'rejected' AND q.due_on <= ?::date AND q.reminded_on IS DISTINCT FROM ?::date
       AND NOT EXISTS (SELECT 1 FROM question_answers a WHERE a.document_id = q.answer_document_id AND a.published_at IS NOT NULL)
       AND EXISTS (SELECT 1 FROM communes c WHERE c.id = q.commune_id AND c.site_status = 'active')
     RETURNING q.commune_id, q.code, q.topic, to_char(q.due_on, 'YYYY-MM-DD') AS due_on`,
    [today, soonUntil, today],
  )) as { rows: Array<{ commune_id: number; code: string; topic: string; due_on: string }> };
  const byCommune = new Map<number, ReminderItem[]>();
  for (const row of marked.rows) {
    const list = byCommune.get(row.commune_id) ?? [];
    list.push({ code: row.code, topic: row.topic, dueOn: row.due_on, late: row.due_on < today });
    byCommune.set(row.commune_id, list);
  }
  const email = strapi.plugin('email').service('email') as EmailService;
  let sent = 0;
  for (const [communeId, items] of byCommune) {
    const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { id: communeId }, select: ['name'] })) as { name: string } | null;
    const heads = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { commune: { id: communeId }, boardRole: 'head' },
      select: ['adminUserId'],
    })) as Array<{ adminUserId: number }>;
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: heads.map((head) => head.adminUserId) }, blocked: false },
      select: ['id', 'firstname', 'lastname', 'email'],
    })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }>;
    const link = `${String(strapi.config.get('admin.absoluteUrl', '')).replace(/\/$/, '')}/plugins/citizen-voice`;
    for (const user of users) {
      if (!user.email) continue;
      const message = composeReminder({ communeName: commune?.name ?? '', recipientName: personName(user), items, today, link });
      try {
        await email.send({ to: user.email, ...message });
        sent += 1;
      } catch (error) {
        strapi.log.error(
          `[citizen-voice] due-date reminder to user #${user.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  return sent;
}

async function eraseExpired(strapi: Core.Strapi): Promise<number> {
  const retention = `make_interval(months => coalesce((SELECT s.retention_months FROM site_settings s WHERE s.commune_key = t.commune_id ORDER BY s.id LIMIT 1), ${DEFAULT_RETENTION_MONTHS}))`;
  const questions = (await strapi.db.connection.raw(
    `UPDATE citizen_questions t SET full_name = NULL, phone = NULL, email = NULL, address = NULL, erased_at = now()
     WHERE t.erased_at IS NULL
       AND coalesce(t.closed_at, (SELECT min(a.published_at) FROM question_answers a WHERE a.document_id = t.answer_document_id AND a.published_at IS NOT NULL)) < now() - ${retention}
     RETURNING t.id`,
  )) as { rows: unknown[] };
  const comments = (await strapi.db.connection.raw(
    `UPDATE consultation_comments t SET full_name = NULL, phone = NULL, email = NULL, address = NULL, erased_at = now()
     WHERE t.erased_at IS NULL AND t.created_at < now() - ${retention} RETURNING t.id`,
  )) as { rows: unknown[] };
  return questions.rows.length + comments.rows.length;
}

async function cleanUp(strapi: Core.Strapi, now: Date): Promise<void> {
  await strapi.db.connection.raw("DELETE FROM citizen_voice_attempts WHERE at < now() - interval '1 day'");
  await strapi.db.connection.raw("DELETE FROM citizen_voice_challenges_used WHERE used_at < now() - interval '1 day'");
  // A vote's visitor is needed only on its day (one vote per visitor, page and day).
  await strapi.db.connection.raw('UPDATE page_ratings SET visitor_hash = NULL WHERE visitor_hash IS NOT NULL AND day < ?::date', [
    todayInVietnam(now),
  ]);
}

/** One round of the periodic work; exported for the tests and the command line. */
export async function runHousekeeping(strapi: Core.Strapi, now = new Date()): Promise<{ reminders: number; erased: number }> {
  const reminders = await sendReminders(strapi, now);
  const erased = await eraseExpired(strapi);
  await cleanUp(strapi, now);
  return { reminders, erased };
}

export function startHousekeeping(strapi: Core.Strapi): void {
  const interval = Number((strapi.config.get('plugin::citizen-voice') as { jobIntervalMs?: number } | undefined)?.jobIntervalMs ?? 0);
  if (!Number.isFinite(interval) || interval <= 0) return;
  const run = (): void => {
    runHousekeeping(strapi).catch((error: unknown) =>
      strapi.log.error(`[citizen-voice] housekeeping failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  timer = setInterval(run, interval);
  timer.unref();
  // A first round soon after start, not during it.
  setTimeout(run, Math.min(interval, 30_000)).unref();
}

export function stopHousekeeping(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
