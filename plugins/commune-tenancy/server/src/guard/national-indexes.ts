/**
 * Indexes for lookups that Strapi runs through whole tables, which only shows at national scale
 * (3,300 communes, 16,500 board accounts). Provisioning every commune, each new commune made
 * PostgreSQL scan
 * - `admin_users` for each of its five addresses: Strapi's account-by-e-mail compares
 *   `lower(email)`, which no index covered (14 ms per lookup at 16,500 accounts, 0.03 ms with
 *   this index; sign-in does the same lookup);
 * - `communes` three times, for Strapi's unique checks of the code, the domain and the slug
 *   (0.5 ms each at 3,300 communes, 0.02 ms with these).
 * Strapi declares none of these, and its schema sync only drops indexes it declared itself, so
 * they are created here, at every start, like editorial-board's: a no-op once they exist.
 */
import type { Core } from '@strapi/strapi';

export const NATIONAL_INDEXES = [
  'CREATE INDEX IF NOT EXISTS admin_users_email_lower_idx ON admin_users (lower(email::text))',
  'CREATE INDEX IF NOT EXISTS communes_code_idx ON communes (code)',
  'CREATE INDEX IF NOT EXISTS communes_primary_domain_idx ON communes (primary_domain)',
  'CREATE INDEX IF NOT EXISTS communes_slug_idx ON communes (slug)',
];

export async function indexNationalLookups(strapi: Core.Strapi): Promise<void> {
  for (const statement of NATIONAL_INDEXES) await strapi.db.connection.raw(statement);
}
