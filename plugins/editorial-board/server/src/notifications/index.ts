/**
 * E-mail to whoever must act next on each transition (see NOTIFICATION_RULES), through Strapi's
 * email plugin (nodemailer provider, SMTP from the environment: cms/config/plugins.ts).
 *
 * Mail is a courtesy, never a condition: it is sent after the transition has committed, in the
 * background, and a failure is only logged. Without SMTP_HOST (a developer's machine) nothing is
 * sent and the start-up log says so once.
 */
import type { Core } from '@strapi/strapi';
import { PLATFORM_EVENTS, type TransitionEventPayload } from '../../../shared';
import { boardOf } from '../workflow/actor';
import { adminLink, composeMessage, hasWording } from './messages';
import { audienceOf, recipientsOf, type Person } from './recipients';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

/** Whether the email plugin has an SMTP server to talk to (its nodemailer `host`). */
export function smtpConfigured(emailConfig: unknown): boolean {
  const options = (emailConfig as { providerOptions?: { host?: unknown } } | undefined)?.providerOptions;
  return typeof options?.host === 'string' && options.host.trim() !== '';
}

const displayName = (user: { firstname: string | null; lastname: string | null; email: string | null }): string =>
  [user.lastname, user.firstname].filter(Boolean).join(' ').trim() || (user.email ?? '');

async function peopleById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, Person>> {
  if (ids.length === 0) return new Map();
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: ids } },
    select: ['id', 'firstname', 'lastname', 'email', 'isActive', 'blocked'],
  })) as Array<{
    id: number;
    firstname: string | null;
    lastname: string | null;
    email: string | null;
    isActive: boolean | null;
    blocked: boolean | null;
  }>;
  return new Map(
    users.map((user) => [
      user.id,
      { id: user.id, name: displayName(user), email: user.email, isActive: user.isActive === true, blocked: user.blocked === true },
    ]),
  );
}

/** The commune's name, or null when it is suspended (its editors are locked out: no mail). */
async function activeCommuneName(strapi: Core.Strapi, communeId: number): Promise<string | null> {
  const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { id: communeId }, select: ['name', 'siteStatus'] })) as {
    name: string;
    siteStatus: string;
  } | null;
  return commune && commune.siteStatus === 'active' ? commune.name : null;
}

/** Sends the e-mails for one transition; resolves once every message was handed over or failed. */
export async function notifyTransition(strapi: Core.Strapi, event: TransitionEventPayload): Promise<void> {
  if (!hasWording(event.action)) return;
  const communeName = await activeCommuneName(strapi, event.communeId);
  if (communeName === null) return;
  const board = await boardOf(strapi, event.communeId);
  const audience = audienceOf(event, board);
  if (audience.length === 0) return;
  const people = await peopleById(strapi, [...audience, ...(event.actorUserId !== null ? [event.actorUserId] : [])]);
  const actorName = event.actorUserId !== null ? (people.get(event.actorUserId)?.name ?? null) : null;
  const link = adminLink(strapi.config.get('admin.absoluteUrl', ''), event);
  const email = strapi.plugin('email').service('email') as EmailService;

  await Promise.all(
    recipientsOf(event, board, people).map(async (person) => {
      const message = composeMessage(event, { communeName, actorName, recipientName: person.name, link });
      if (!message || !person.email) return;
      try {
        await email.send({ to: person.email, ...message });
      } catch (error) {
        strapi.log.error(
          `[editorial-board] notification "${event.action}" (${event.uid} ${event.documentId}) to user #${person.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }),
  );
}

export function registerNotifications(strapi: Core.Strapi): void {
  if (!smtpConfigured(strapi.config.get('plugin::email'))) {
    strapi.log.info('[editorial-board] SMTP_HOST is not set: board notifications are not e-mailed.');
    return;
  }
  strapi.eventHub.on(PLATFORM_EVENTS.transition, async (payload: unknown) => {
    const event = payload as TransitionEventPayload;
    // Not awaited: the editor's request must not wait for (or fail because of) the mail server.
    void notifyTransition(strapi, event).catch((error: unknown) => {
      strapi.log.error(
        `[editorial-board] notifications for "${event.action}" (${event.uid} ${event.documentId}) failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  });
}
