/**
 * Every write of a maintenance window, whatever the path (the admin panel's content manager,
 * a script): only province IT or the system may make it, and the window must make sense
 * (cms/src/maintenance/window-rules.ts). A refusal is a Vietnamese message and writes nothing.
 *
 * Strapi's own permissions already keep the content manager's "Lịch bảo trì" to province IT (no
 * commune role is granted the type: plugins/commune-tenancy, guard/roles.ts); this check holds
 * even if someone grants it by mistake.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SUPER_ADMIN_ROLE } from '@commune/commune-tenancy/shared/province-it-policy';
import { windowProblems } from './window-rules';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

export const MAINTENANCE_UID = 'api::maintenance-window.maintenance-window';
const WRITES = new Set(['create', 'update', 'delete', 'clone']);

export const PROVINCE_IT_ONLY_MESSAGE = 'Chỉ quản trị tỉnh được lên lịch bảo trì.';

interface RequestState {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/** A request by someone who is not province IT; no request (seed, scripts) is the system. */
function refusedActor(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  const user = ctx?.state?.user;
  if (!user) return false;
  return !(user.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE);
}

export function registerMaintenanceWindowWrites(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== MAINTENANCE_UID || !WRITES.has(context.action)) return next();
    if (refusedActor(strapi)) throw new errors.PolicyError(PROVINCE_IT_ONLY_MESSAGE);
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if ((context.action !== 'create' && context.action !== 'update') || !params.data) return next();
    // The window as it will be: the stored row with the change over it.
    const existing =
      context.action === 'update' && params.documentId
        ? ((await strapi.db.query(MAINTENANCE_UID).findOne({ where: { documentId: params.documentId } })) as Record<string, unknown> | null)
        : null;
    const merged = { ...(existing ?? {}), ...params.data };
    const communes = (await strapi.db.query(COMMUNE_UID).findMany({ select: ['slug'] })) as Array<{ slug: string }>;
    const problems = windowProblems(merged, new Set(communes.map((row) => row.slug)));
    if (problems.length > 0) {
      throw new errors.ValidationError(problems[0]?.message ?? 'Lịch bảo trì không hợp lệ.', {
        errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
      });
    }
    return next();
  };
  strapi.documents.use(middleware);
}
