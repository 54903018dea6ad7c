/**
 * The commune a recorded action belongs to: the target's, or the actor's when the target has
 * none (a token, a role), or null for what is platform-wide (province IT changing a role).
 *
 * Lookups go straight to the tables (knex), not through Strapi's query layer: the tenancy guard
 * filters that layer by the request's actor, and the trail must see the commune of a target the
 * actor was refused (an attempt on another commune's entry is recorded under that commune, where
 * its admin sees it). Every lookup is one indexed row; a failure gives null, never an error.
 */
import type { Core } from '@strapi/strapi';
import { COMMUNE_UID, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

const FILE_UID = 'plugin::upload.file';
const FOLDER_UID = 'plugin::upload.folder';

interface Attribute {
  type?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

interface Meta {
  tableName: string;
  attributes: Record<string, Attribute & { columnName?: string }>;
}

export function communeLookups(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const meta = (uid: string): Meta | null => {
    try {
      return (strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0]) as unknown as Meta | undefined) ?? null;
    } catch {
      return null;
    }
  };
  const first = async (sql: string, bindings: Array<string | number>): Promise<number | null> => {
    const result = (await knex.raw(sql, bindings)) as { rows: Array<{ commune: number | string | null }> };
    const value = result.rows[0]?.commune;
    return value === null || value === undefined ? null : Number(value);
  };
  const numeric = (value: string | null): number | null => (value !== null && /^\d{1,12}$/.test(value) ? Number(value) : null);

  return {
    /** A commune's id from its documentId. */
    async byDocumentId(documentId: string): Promise<number | null> {
      const communes = meta(COMMUNE_UID);
      if (!communes) return null;
      return first('SELECT id AS commune FROM ?? WHERE document_id = ? LIMIT 1', [communes.tableName, documentId]);
    },

    /** The commune of a content entry (any locale or version) or of the commune record itself. */
    async ofEntry(uid: string, documentId: string): Promise<number | null> {
      if (uid === COMMUNE_UID) return this.byDocumentId(documentId);
      const model = meta(uid);
      if (!model?.attributes.communeKey) return null;
      return first('SELECT commune_key AS commune FROM ?? WHERE document_id = ? AND commune_key IS NOT NULL LIMIT 1', [
        model.tableName,
        documentId,
      ]);
    },

    /** The commune of a media file or folder (the tenancy plugin's `communeId` column). */
    async ofMedia(kind: 'file' | 'folder', id: string | null): Promise<number | null> {
      const model = meta(kind === 'file' ? FILE_UID : FOLDER_UID);
      const rowId = numeric(id);
      if (!model?.attributes.communeId || rowId === null) return null;
      return first('SELECT commune_id AS commune FROM ?? WHERE id = ?', [model.tableName, rowId]);
    },

    /** The commune of a membership. */
    async ofMembership(id: string | null): Promise<number | null> {
      const link = meta(MEMBERSHIP_UID)?.attributes.commune?.joinTable;
      const rowId = numeric(id);
      if (!link || rowId === null) return null;
      return first(`SELECT ?? AS commune FROM ?? WHERE ?? = ? LIMIT 1`, [
        link.inverseJoinColumn.name,
        link.name,
        link.joinColumn.name,
        rowId,
      ]);
    },

    /**
     * The commune an admin user works in: their only commune, or the one selected in the
     * switcher; null for province IT and for a member of several communes who selected none.
     */
    /** The e-mail of an account a request was about without being signed in (the second step of sign-in). */
    async emailOf(userId: number): Promise<string | null> {
      const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['email'] })) as {
        email?: unknown;
      } | null;
      return typeof user?.email === 'string' ? user.email : null;
    },

    async ofActor(userId: number): Promise<number | null> {
      const memberships = meta(MEMBERSHIP_UID);
      const link = memberships?.attributes.commune?.joinTable;
      if (!memberships || !link) return null;
      const result = (await knex.raw(`SELECT l.?? AS commune, m.selected FROM ?? m JOIN ?? l ON l.?? = m.id WHERE m.admin_user_id = ?`, [
        link.inverseJoinColumn.name,
        memberships.tableName,
        link.name,
        link.joinColumn.name,
        userId,
      ])) as { rows: Array<{ commune: number; selected: boolean | null }> };
      const communes = [...new Set(result.rows.map((row) => Number(row.commune)))];
      if (communes.length === 1) return communes[0] ?? null;
      const selected = result.rows.find((row) => row.selected === true);
      return selected ? Number(selected.commune) : null;
    },
  };
}

export type CommuneLookups = ReturnType<typeof communeLookups>;
