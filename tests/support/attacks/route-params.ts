/**
 * Concrete values for a registered route's parameters, chosen to attack: every id names something
 * of the victim commune or of the platform (the super admin, the public site's token), so that a
 * route that answers instead of refusing shows foreign data.
 */
export interface VictimIds {
  /** An article of the victim commune (documentId), published. */
  article: string;
  /** An introduction page of the victim commune (documentId), with a Vietnamese version. */
  page: string;
  /** The same page's row id (the i18n routes take it). */
  pageRowId: number;
  /** The victim commune (documentId). */
  commune: string;
  /** A media file and folder of the victim commune. */
  fileId: number;
  folderId: number;
  /** A membership of the victim commune. */
  membershipId: number;
  /** The super admin's user id and role id, the public site token's id, a webhook, a locale. */
  superAdminId: number;
  superAdminRoleId: number;
  apiTokenId: number;
  webhookId: number;
  localeId: number;
}

/** `/upload/files/:id` → `/upload/files/17`: each parameter by its name and the route it is in. */
export function concretePath(routePath: string, ids: VictimIds): string {
  const valueOf = (name: string): string => {
    if (['model', 'uid', 'contentType'].includes(name)) {
      if (routePath.includes('/components/')) return 'media.figure';
      return routePath.startsWith('/i18n/') ? 'api::page.page' : 'api::article.article';
    }
    if (name === 'targetField') return 'category';
    if (name === 'sourceId') return ids.article;
    if (name === 'documentId') {
      if (routePath.startsWith('/commune-tenancy/')) return ids.commune;
      return routePath.startsWith('/i18n/') ? ids.page : ids.article;
    }
    if (name === 'name') return 'media';
    if (name === 'sessionId') return 'f1e2d3c4';
    if (name === 'provider') return 'github';
    if (name === 'role') return String(ids.superAdminRoleId);
    if (name === 'path') return 'x';
    if (name !== 'id') return 'x';
    if (routePath.startsWith('/upload/files')) return String(ids.fileId);
    if (routePath.startsWith('/upload/folders')) return String(ids.folderId);
    if (routePath.startsWith('/admin/users') || routePath.startsWith('/two-factor/users')) return String(ids.superAdminId);
    if (routePath.startsWith('/admin/roles') || routePath.includes('/roles/')) return String(ids.superAdminRoleId);
    if (
      routePath.startsWith('/admin/api-tokens') ||
      routePath.startsWith('/admin/admin-tokens') ||
      routePath.startsWith('/admin/transfer/tokens')
    )
      return String(ids.apiTokenId);
    if (routePath.startsWith('/admin/webhooks')) return String(ids.webhookId);
    if (routePath.startsWith('/i18n/locales')) return String(ids.localeId);
    if (routePath.startsWith('/commune-tenancy/memberships')) return String(ids.membershipId);
    return ids.article;
  };
  return routePath
    .replace(/:([A-Za-z0-9_]+)\*?/g, (_match, name: string) => valueOf(name))
    .replace('/((?!uploads/).+)', '/robots.txt')
    .replace('(.*)', 'x');
}
