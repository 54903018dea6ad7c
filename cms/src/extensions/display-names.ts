/**
 * Every admin account's `username` is its name in Vietnamese order (domain/person-name.ts):
 * Strapi's admin shows the username, when there is one, in the menu, the "last edited by" of
 * every entry and the user pickers. Accounts sign in with their e-mail address; the username is
 * only ever shown.
 */
import type { Core } from '@strapi/strapi';
import { vietnameseFullName } from '../domain/person-name';

const USER_UID = 'admin::user';

interface NamedUser {
  id?: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

/**
 * Through the query engine, so that it joins the transaction the account is created in (an
 * invitation's). Its own afterUpdate finds the username right and stops there.
 */
async function syncUsername(strapi: Core.Strapi, user: NamedUser | undefined): Promise<void> {
  if (!user?.id) return;
  const name = vietnameseFullName(user);
  if (name === null || name === user.username) return;
  await strapi.db.query(USER_UID).update({ where: { id: user.id }, data: { username: name } });
}

export function registerDisplayNames(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterCreate(event) {
      await syncUsername(strapi, event.result as NamedUser);
    },
    async afterUpdate(event) {
      // Strapi's update returns the whole row: its names are the stored ones after the change.
      await syncUsername(strapi, event.result as NamedUser);
    },
  });
}

/** Accounts created before this rule, or by SQL: one statement at every start. */
export async function backfillDisplayNames(strapi: Core.Strapi): Promise<number> {
  const table = strapi.db.metadata.get(USER_UID).tableName;
  const name = "NULLIF(btrim(regexp_replace(concat_ws(' ', btrim(lastname), btrim(firstname)), '\\s+', ' ', 'g')), '')";
  return strapi.db
    .connection(table)
    .whereRaw(`${name} IS NOT NULL AND username IS DISTINCT FROM ${name}`)
    .update({ username: strapi.db.connection.raw(name) });
}
