/**
 * Preview links (README "Preview"). The content manager asks for a link when an editor opens the
 * edit view (cms/config/admin.ts `preview.config.handler` → urlFor); the site opens it
 * (GET /api/editorial-board/preview/:token → open). The link is a signed token naming the
 * user, item, commune and expiry (preview/token.ts); opening it checks all of them again.
 */
import type { Core } from '@strapi/strapi';
import { PREVIEW_TTL_SECONDS, previewKey, signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../preview/token';
import { PREVIEW_PATH, siteOriginFor } from '../../../shared/preview';
import { isPreviewType, PREVIEW_TYPES } from '../preview/types';
import { MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

const READ = 'plugin::content-manager.explorer.read';
/** The request mark cms/src/extensions/published-only.ts lets read one draft (same Symbol.for key). */
const PREVIEW_DRAFT_READ = Symbol.for('commune-portal.preview-draft-read');
const SUPER_ADMIN_ROLE = 'strapi-super-admin';
const PROVINCE_VIEWER_ROLE = 'commune-province-viewer';

interface AdminState {
  state?: {
    user?: { id?: number };
    userAbility?: { can(action: string, subject: string): boolean };
  };
}

interface CommuneRow {
  slug: string;
  primaryDomain: string;
}

interface AdminUserRow {
  id: number;
  isActive?: boolean | null;
  blocked?: boolean | null;
  roles?: Array<{ code?: string }>;
}

interface PermissionEngine {
  generateUserAbility(user: AdminUserRow): Promise<{ can(action: string, subject: string): boolean }>;
}

/** Why a link does not open, as the site shows it (404: no such link here, 410: expired, 403: no longer allowed). */
export class PreviewRefusedError extends Error {
  constructor(
    readonly status: 403 | 404 | 410,
    message: string,
  ) {
    super(message);
    this.name = 'PreviewRefusedError';
  }
}

/** The tenancy guard's "not found" (by name: a plugin's copy of @strapi/utils may be another module). */
const isNotFound = (error: unknown): boolean => error instanceof Error && error.name === 'NotFoundError';

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const preview = ({ strapi }: { strapi: Core.Strapi }) => {
  const key = (): Buffer => previewKey(process.env.PREVIEW_SECRET, String(strapi.config.get('admin.auth.secret', '')));
  const originTemplate = (): string => process.env.PREVIEW_SITE_ORIGIN ?? 'https://{domain}';

  /** Whether this admin user may, now, read this item's draft in this commune. */
  async function stillAllowed(claims: PreviewClaims): Promise<boolean> {
    const user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { id: claims.userId }, populate: ['roles'] })) as AdminUserRow | null;
    if (!user || user.isActive !== true || user.blocked === true) return false;
    const roles = new Set((user.roles ?? []).map((role) => role.code));
    if (!roles.has(SUPER_ADMIN_ROLE) && !roles.has(PROVINCE_VIEWER_ROLE)) {
      const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({
        where: { adminUserId: user.id, commune: { slug: claims.commune, siteStatus: 'active' } },
        select: ['id'],
      });
      if (!membership) return false;
    }
    const engine = (strapi.service('admin::permission') as unknown as { engine: PermissionEngine }).engine;
    const ability = await engine.generateUserAbility(user);
    return ability.can(READ, claims.uid);
  }

  return {
    /**
     * The link for the current admin user, or undefined (no preview panel) when the type has no
     * preview page, the user may not read the type, or the item is not theirs to see — the
     * tenancy guard filters the lookup to their communes, so another commune's item is "none".
     */
    async urlFor(uid: string, params: { documentId?: string; locale?: string | null; status?: string }): Promise<string | undefined> {
      const ctx = strapi.requestContext.get() as AdminState | undefined;
      const userId = ctx?.state?.user?.id;
      if (typeof userId !== 'number' || !isPreviewType(uid) || !params.documentId) return undefined;
      // The published version is the live page itself; a link only ever shows the draft.
      if (params.status === 'published') return undefined;
      if (ctx?.state?.userAbility?.can(READ, uid) !== true) return undefined;
      // The tenancy guard answers another commune's item with "not found" (thrown, not null).
      // A localised type's link shows the language version the editor is on.
      const locale = PREVIEW_TYPES[uid].localized && typeof params.locale === 'string' && params.locale !== '' ? params.locale : undefined;
      const found = (await strapi
        .documents(uid)
        .findOne({
          documentId: params.documentId,
          status: 'draft',
          ...(locale ? { locale } : {}),
          fields: ['documentId'],
          populate: { commune: { fields: ['slug', 'primaryDomain'] } },
        } as never)
        .catch((error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        })) as { commune?: CommuneRow | null } | null;
      const commune = found?.commune;
      if (!commune) return undefined;
      const token = signPreviewToken(
        {
          uid,
          documentId: params.documentId,
          ...(locale ? { locale } : {}),
          commune: commune.slug,
          userId,
          expiresAt: nowSeconds() + PREVIEW_TTL_SECONDS,
        },
        key(),
      );
      return `${siteOriginFor(originTemplate(), commune)}${PREVIEW_PATH}${token}`;
    },

    /**
     * The draft a link shows, for the site of `communeSlug` (the commune the site resolved from
     * the request's host). Order matters: a link that is not ours or not this commune's says
     * nothing more than "not found", whatever else is wrong with it.
     */
    async open(token: string, communeSlug: string): Promise<{ uid: string; entry: unknown }> {
      const verified = verifyPreviewToken(token, key(), nowSeconds());
      if (!verified.ok && verified.reason !== 'expired') throw new PreviewRefusedError(404, 'No such preview link');
      if (verified.claims.commune !== communeSlug) throw new PreviewRefusedError(404, 'No such preview link');
      if (!verified.ok) throw new PreviewRefusedError(410, 'The preview link has expired');
      const { claims } = verified;
      if (!isPreviewType(claims.uid)) throw new PreviewRefusedError(404, 'No such preview link');
      if (!(await stillAllowed(claims))) throw new PreviewRefusedError(403, 'The user who opened this preview may no longer see it');
      // As the site's actor: the tenancy guard keeps the lookup to the commune of this host.
      // The content API reads published rows only (cms/src/extensions/published-only.ts) but for
      // the one draft a verified link names, marked on this request under a symbol, for this read.
      const state = (strapi.requestContext.get() as { state?: Record<symbol, unknown> } | undefined)?.state;
      if (!state) throw new PreviewRefusedError(404, 'No such preview link');
      state[PREVIEW_DRAFT_READ] = `${claims.uid}:${claims.documentId}`;
      let entry: unknown;
      try {
        entry = await strapi
          .documents(claims.uid)
          .findOne({
            documentId: claims.documentId,
            status: 'draft',
            ...(claims.locale ? { locale: claims.locale } : {}),
            populate: PREVIEW_TYPES[claims.uid].populate,
          } as never)
          .catch((error: unknown) => {
            if (isNotFound(error)) return null;
            throw error;
          });
      } finally {
        Reflect.deleteProperty(state, PREVIEW_DRAFT_READ);
      }
      if (!entry) throw new PreviewRefusedError(404, 'No such preview link');
      const sanitized: unknown = await strapi.contentAPI.sanitize.output(entry, strapi.getModel(claims.uid), {});
      return { uid: claims.uid, entry: sanitized };
    },
  };
};

export type PreviewService = ReturnType<typeof preview>;

export default preview;
