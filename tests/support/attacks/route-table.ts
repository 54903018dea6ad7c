/**
 * Every route Strapi registers at boot, and what each kind of caller must get when it attacks it.
 * tests/integration/tenancy-attack-matrix.test.ts lists the registered routes (tests/support/
 * routes.ts) and fails on any route that is not in this table, or any entry that names no
 * registered route; then its route sweep calls every route as every commune role, the province
 * viewer, an anonymous caller and the public site's token, with the ids of ANOTHER commune (and of
 * the platform) in the path and body, and asserts the exact status below and that no answer
 * carries the other commune's data. A new content type or plugin route fails that test until it
 * is added here, with the attack it must withstand.
 *
 * Kinds (`own`, `metadata` and `open` are the harmless ones and carry their reason):
 * - province   Strapi's own permission check keeps it to province IT: 403 to every commune role and
 *              the viewer, 401 anonymous.
 * - disabled   not used by this product: 404 to every admin user (cms/src/extensions/route-rules.ts).
 * - foreign    addresses an entry by id; called with the other commune's: 404 when the role may do
 *              `verb` in its own commune ("not found" there), 403 when it may not at all; the
 *              viewer reads every commune by design (its reads are skipped) and writes nothing.
 * - list       lists or counts: 200, with nothing of the other commune (the viewer's lists span
 *              every commune by design).
 * - own        acts on the caller's own account or session only.
 * - metadata   describes the platform (types, permissions, versions): 200, the same answer to a
 *              user of either commune, nothing of the other commune.
 * - open       needs no sign-in by design (login, the admin app, health): the anonymous status.
 * - site-read  content API the public site's token may call, for the commune it names.
 * - site-denied content API the site's token may not call: 403.
 * - fixed      the same refusal (`status`) to every commune role, whatever it may do; the viewer gets
 *              `viewer` (default: the same), and may see every commune in it when `viewerReadsAll`.
 */
import type { VictimIds } from './route-params';

export type Verb = 'read' | 'create' | 'update' | 'delete' | 'publish';

/**
 * A request body, built from the victim's ids; `form` bodies are sent as multipart, with a real
 * picture or PDF when `file` says so (a replacement must be of the stored file's kind).
 */
export type Body = { json: unknown } | { form: Record<string, string>; file?: 'png' | 'pdf' };

interface Common {
  body?: (ids: VictimIds) => Body;
  /** Query string (without `?`), built from the victim's ids. */
  query?: (ids: VictimIds) => string;
  /** Deeper attacks on this route elsewhere, by test name. */
  cells?: readonly string[];
}

export type RouteEntry = Common &
  (
    | { kind: 'province' }
    | { kind: 'disabled'; reason: string; anonymous?: number }
    | { kind: 'foreign'; verb: Verb; subject?: 'media' | string; status?: number; viewer?: number }
    | { kind: 'list' }
    | { kind: 'own'; reason: string; status?: number; call?: false }
    | { kind: 'metadata'; reason: string; status?: number }
    | { kind: 'open'; reason: string; anonymous: number }
    | { kind: 'fixed'; reason: string; status: number; viewer?: number; viewerReadsAll?: true }
    | { kind: 'site-read'; status?: number; othersData?: string }
    | { kind: 'site-denied' }
  );

const ARTICLE = 'api::article.article';
const PREVIEW_CELLS = 'tests/integration/editorial-board.test.ts preview links (issue 19 item 5)';
const PAGE = 'api::page.page';
const json = (value: unknown) => (): Body => ({ json: value });
const province: RouteEntry = { kind: 'province' };
const noSingleTypes: RouteEntry = { kind: 'disabled', reason: 'there are no single types (cms/src/extensions/route-rules.ts)' };
const noAi: RouteEntry = { kind: 'disabled', reason: 'Strapi AI is off' };

/** Strapi's content API answers an unauthenticated request with this status. */
export const ANONYMOUS_CONTENT_API = 401;

/** The collection types' content-API routes, identical for each type the public site reads. */
function contentApi(plural: string): Record<string, RouteEntry> {
  return {
    [`GET /api/${plural}`]: { kind: 'site-read' },
    [`GET /api/${plural}/:id`]: { kind: 'site-read', status: 404 },
    [`POST /api/${plural}`]: { kind: 'site-denied', body: json({ data: {} }) },
    [`PUT /api/${plural}/:id`]: { kind: 'site-denied', body: json({ data: {} }) },
    [`DELETE /api/${plural}/:id`]: { kind: 'site-denied' },
  };
}

const TENANCY = (surface: string): string[] => [`tenancy attack matrix: ${surface}`];
const APPROVAL = (path: string): string[] => [`approval attack matrix: ${path}`];
const VOICE = ['tests/integration/citizen-voice.test.ts'];

export const ROUTE_TABLE: Record<string, RouteEntry> = {
  // --- Served to anyone ------------------------------------------------------------------------
  'ALL /_health': { kind: 'open', reason: 'health check for the launcher and load balancers; touches no data', anonymous: 204 },
  'GET /admin/:path*': { kind: 'open', reason: 'the admin panel application (static HTML and scripts)', anonymous: 200 },
  'GET /': { kind: 'open', reason: 'redirects to the admin panel', anonymous: 302 },
  'GET /uploads/(.*)': {
    kind: 'open',
    reason: 'uploaded files; how they are served: tests/integration/upload-safety.test.ts, tests/e2e/upload-origins.test.ts',
    anonymous: 404,
  },
  'GET /((?!uploads/).+)': { kind: 'open', reason: 'static files of cms/public (none but uploads)', anonymous: 404 },
  'GET /admin/init': { kind: 'open', reason: 'what the login page needs: whether an admin exists, the menu logo', anonymous: 200 },
  'GET /admin/project-type': { kind: 'open', reason: 'Community or Enterprise edition, for the admin panel', anonymous: 200 },
  'POST /admin/login': {
    kind: 'open',
    reason: 'signing in; failures throttled per account and address in PostgreSQL (tests/integration/login-throttle.test.ts)',
    anonymous: 400,
    body: json({}),
  },
  'POST /admin/access-token': {
    kind: 'open',
    reason:
      'a new access token for the refresh cookie: no cookie, no token (CORS keeps other origins out: tests/integration/http-hardening.test.ts)',
    anonymous: 401,
  },
  'POST /admin/register-admin': {
    kind: 'open',
    reason: 'creates the first super admin only while none exists',
    anonymous: 400,
    body: json({ email: 'ke.gian@example.com', firstname: 'Kẻ', lastname: 'Gian', password: 'Ke-Gian-2026-dai' }),
  },
  'GET /admin/registration-info': {
    kind: 'open',
    reason: 'an invitation link’s details, for its token only',
    anonymous: 400,
    query: () => 'registrationToken=0000000000000000000000000000000000000000',
  },
  'POST /admin/register': {
    kind: 'open',
    reason: 'accepts an invitation, for its token only',
    anonymous: 400,
    body: json({ registrationToken: '00000000', userInfo: {} }),
  },
  'POST /admin/forgot-password': {
    kind: 'open',
    reason: 'sends a reset link to the address, whoever asks; answers the same for any address',
    anonymous: 400,
    body: json({}),
  },
  'POST /admin/reset-password': {
    kind: 'open',
    reason: 'needs the reset link’s token',
    anonymous: 400,
    body: json({ resetPasswordToken: '00000000', password: 'Mat-Khau-Moi-2026' }),
  },

  // Two-step sign-in: the challenge from POST /admin/login is the credential (single-use, 5 min, 5 tries).
  'POST /two-factor/challenge/verify': {
    kind: 'open',
    reason: 'the code after the password, for a challenge only',
    anonymous: 400,
    body: json({ challenge: 'x'.repeat(43), code: '123456' }),
  },
  'POST /two-factor/challenge/enrol': {
    kind: 'open',
    reason: 'the QR code of a required enrolment, for a challenge only',
    anonymous: 400,
    body: json({ challenge: 'x'.repeat(43) }),
  },
  'POST /two-factor/challenge/enrol/confirm': {
    kind: 'open',
    reason: 'confirms a required enrolment, for a challenge only',
    anonymous: 400,
    body: json({ challenge: 'x'.repeat(43), code: '123456' }),
  },

  // --- The caller's own account ----------------------------------------------------------------
  'POST /admin/logout': { kind: 'own', reason: 'ends the caller’s own session', call: false },
  'GET /admin/users/me': { kind: 'own', reason: 'the caller’s own profile' },
  'PUT /admin/users/me': { kind: 'own', reason: 'the caller’s own profile', body: json({}) },
  'GET /admin/users/me/permissions': { kind: 'own', reason: 'the caller’s own permissions' },
  'GET /admin/users/me/sessions': { kind: 'own', reason: 'the caller’s own sessions' },
  'DELETE /admin/users/me/sessions': { kind: 'own', reason: 'ends the caller’s own sessions', call: false },
  'DELETE /admin/users/me/sessions/:sessionId': { kind: 'own', reason: 'ends one of the caller’s own sessions', call: false },
  'POST /account-security/confirm-password': {
    kind: 'own',
    reason: 'confirms the caller’s own password before a sensitive action; throttled like signing in',
    status: 400,
    body: json({ password: 'Sai-Mat-Khau-2026' }),
  },
  'POST /admin/permissions/check': {
    kind: 'own',
    reason: 'checks the caller’s own permissions',
    body: json({ permissions: [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE }] }),
  },
  'GET /admin/homepage/layout': { kind: 'own', reason: 'the caller’s own home page layout' },
  'PUT /admin/homepage/layout': { kind: 'own', reason: 'the caller’s own home page layout', body: json({ widgets: [] }) },
  'GET /commune-tenancy/me/communes': { kind: 'own', reason: 'the caller’s own communes' },
  'GET /two-factor/me': { kind: 'own', reason: 'the caller’s own second factor: enrolled, required, codes left' },
  'POST /two-factor/me/enrol': {
    kind: 'own',
    reason: 'offers a new secret to the caller, stores nothing (200, or 400 when enrolled)',
    call: false,
  },
  'POST /two-factor/me/enrol/confirm': {
    kind: 'own',
    reason: 'enrols the caller, with a secret sealed for them',
    status: 400,
    body: json({ sealed: 'x', code: '123456' }),
  },
  'POST /two-factor/me/recovery-codes': {
    kind: 'own',
    reason: 'the caller’s recovery codes, after their password and a code',
    status: 400,
    body: json({ password: 'Sai-Mat-Khau-1', code: '123456' }),
  },
  'POST /two-factor/me/disable': {
    kind: 'own',
    reason: 'turns the caller’s factor off, after their password and a code',
    status: 400,
    body: json({ password: 'Sai-Mat-Khau-1', code: '123456' }),
  },
  'PUT /commune-tenancy/me/selected-commune': {
    kind: 'foreign',
    verb: 'read',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune } }),
  },

  // --- Descriptions of the platform, the same for everyone -------------------------------------
  'GET /admin/information': { kind: 'metadata', reason: 'Strapi and Node versions, for the settings overview' },
  'GET /admin/telemetry-properties': { kind: 'metadata', reason: 'telemetry is off: empty', status: 204 },
  'GET /admin/guided-tour-meta': { kind: 'metadata', reason: 'the guided tour’s state and the content types’ names' },
  'GET /admin/permissions': { kind: 'metadata', reason: 'the list of permission actions and conditions' },
  'GET /admin/content-api/permissions': { kind: 'metadata', reason: 'the content API’s actions, for the API token form' },
  'GET /admin/content-api/routes': { kind: 'metadata', reason: 'the content API’s routes, for the API token form' },
  'GET /content-manager/init': { kind: 'metadata', reason: 'field sizes and the types the caller may see' },
  'GET /content-manager/content-types': { kind: 'metadata', reason: 'the content types’ schemas' },
  'GET /content-manager/content-types-settings': { kind: 'metadata', reason: 'the list views’ settings' },
  'GET /content-manager/content-types/:uid/configuration': { kind: 'metadata', reason: 'the edit form of a type' },
  'GET /content-manager/components': { kind: 'metadata', reason: 'the components’ schemas' },
  'GET /content-manager/components/:uid/configuration': { kind: 'metadata', reason: 'the edit form of a component' },
  'GET /upload/configuration': { kind: 'metadata', reason: 'the media library’s page size and order' },
  'GET /i18n/locales': { kind: 'metadata', reason: 'the platform’s languages (vi, en)' },
  'GET /i18n/settings': { kind: 'metadata', reason: 'whether AI translation is on (it is not)' },

  // --- Province IT only, by Strapi's own permission checks -------------------------------------
  'GET /admin/project-settings': province,
  'POST /admin/project-settings': province,
  'GET /admin/plugins': province,
  'GET /admin/homepage/key-statistics': { kind: 'province', cells: ['tenancy attack matrix: admin home counts'] },
  ...Object.fromEntries(
    [
      'POST /admin/users',
      'GET /admin/users',
      'GET /admin/users/:id',
      'PUT /admin/users/:id',
      'DELETE /admin/users/:id',
      'POST /admin/users/batch-delete',
      'GET /admin/roles/:id/permissions',
      'PUT /admin/roles/:id/permissions',
      'GET /admin/roles/:id',
      'PUT /admin/roles/:id',
      'DELETE /admin/roles/:id',
      'GET /admin/roles',
      'POST /admin/roles',
      'POST /admin/roles/batch-delete',
      'GET /admin/webhooks',
      'POST /admin/webhooks',
      'GET /admin/webhooks/:id',
      'PUT /admin/webhooks/:id',
      'DELETE /admin/webhooks/:id',
      'POST /admin/webhooks/batch-delete',
      'POST /admin/webhooks/:id/trigger',
      'POST /admin/api-tokens',
      'GET /admin/api-tokens',
      'DELETE /admin/api-tokens/:id',
      'GET /admin/api-tokens/:id',
      'PUT /admin/api-tokens/:id',
      'POST /admin/api-tokens/:id/regenerate',
      'POST /admin/admin-tokens',
      'GET /admin/admin-tokens',
      'DELETE /admin/admin-tokens/:id',
      'GET /admin/admin-tokens/:id',
      'PUT /admin/admin-tokens/:id',
      'POST /admin/admin-tokens/:id/regenerate',
      'GET /admin/admin-tokens/:id/owner-permissions',
      'POST /admin/transfer/tokens',
      'GET /admin/transfer/tokens',
      'DELETE /admin/transfer/tokens/:id',
      'GET /admin/transfer/tokens/:id',
      'PUT /admin/transfer/tokens/:id',
      'POST /admin/transfer/tokens/:id/regenerate',
      'PUT /content-manager/content-types/:uid/configuration',
      'PUT /content-manager/components/:uid/configuration',
      'GET /content-type-builder/reserved-names',
      'GET /content-type-builder/content-types',
      'POST /content-type-builder/content-types',
      'GET /content-type-builder/content-types/:uid',
      'PUT /content-type-builder/content-types/:uid',
      'DELETE /content-type-builder/content-types/:uid',
      'GET /content-type-builder/components',
      'POST /content-type-builder/components',
      'GET /content-type-builder/components/:uid',
      'PUT /content-type-builder/components/:uid',
      'DELETE /content-type-builder/components/:uid',
      'PUT /content-type-builder/component-categories/:name',
      'DELETE /content-type-builder/component-categories/:name',
      'GET /content-type-builder/schema',
      'POST /content-type-builder/update-schema',
      'GET /content-type-builder/update-schema-status',
      'POST /email/test',
      'GET /email/settings',
      'POST /email/verify',
      'GET /upload/settings',
      'PUT /upload/settings',
      'PUT /upload/configuration',
      'GET /i18n/iso-locales',
      'POST /i18n/locales',
      'PUT /i18n/locales/:id',
      'DELETE /i18n/locales/:id',
      'PUT /i18n/settings',
      'GET /commune-tenancy/communes-admin',
      'POST /commune-tenancy/communes-admin',
      'POST /commune-tenancy/communes-admin/:documentId/suspend',
      'POST /commune-tenancy/communes-admin/:documentId/resume',
      'GET /commune-tenancy/memberships',
      'POST /commune-tenancy/memberships',
      'POST /commune-tenancy/memberships/:id/reset',
      'DELETE /commune-tenancy/memberships/:id',
      'POST /commune-tenancy/invitations',
      'GET /two-factor/settings',
      'PUT /two-factor/settings',
      'POST /two-factor/users/:id/reset',
      // Locked accounts (plugins/account-security): listing and unlocking are province IT's.
      'GET /account-security/locks',
      'DELETE /account-security/locks/:id',
    ].map((key) => [key, province]),
  ),

  // --- Not used by this product ----------------------------------------------------------------
  'POST /email': {
    kind: 'disabled',
    reason: 'would send any e-mail through the platform’s mail server',
    body: json({ to: 'nan.nhan@example.com', subject: 'x', text: 'x' }),
  },
  'GET /admin/license-trial-time-left': { kind: 'disabled', reason: 'Community edition: no licence server' },
  'GET /admin/ai-usage': noAi,
  'GET /admin/ai-token': noAi,
  'GET /admin/ai-feature-config': noAi,
  'POST /upload/actions/generate-ai-metadata': noAi,
  'POST /upload/ai-metadata-jobs': noAi,
  'GET /upload/ai-metadata-jobs/latest': noAi,
  'GET /upload/ai-metadata-jobs/pending-count': noAi,
  'GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId': noAi,
  'GET /i18n/ai-localization-jobs/single-types/:contentType': noAi,
  // The preview link (README "Preview"): only for an item the caller may read in their own commune;
  // another commune's item gets no link (204, empty). The viewer reads every commune by design.
  'GET /content-manager/preview/url/:contentType': {
    kind: 'fixed',
    reason: 'a preview link is made only for an item of the caller’s own commune',
    status: 204,
    viewer: 200,
    viewerReadsAll: true,
    query: (ids) => `documentId=${ids.article}&status=draft`,
    cells: [PREVIEW_CELLS],
  },
  'GET /content-manager/preview/script': {
    kind: 'disabled',
    reason: 'the sites run no script: Strapi’s live preview is not used',
    anonymous: 404,
  },
  'GET /admin/transfer/runner/push': {
    kind: 'fixed',
    reason: 'remote data transfer is off (cms/config/server.ts) and takes a transfer token, which no admin sign-in is',
    status: 401,
  },
  'GET /admin/transfer/runner/pull': {
    kind: 'fixed',
    reason: 'remote data transfer is off (cms/config/server.ts) and takes a transfer token, which no admin sign-in is',
    status: 401,
  },
  'GET /content-manager/single-types/:model': noSingleTypes,
  'PUT /content-manager/single-types/:model': { ...noSingleTypes, body: json({ title: 'Sửa qua đường single type' }) },
  'DELETE /content-manager/single-types/:model': noSingleTypes,
  'POST /content-manager/single-types/:model/actions/publish': noSingleTypes,
  'POST /content-manager/single-types/:model/actions/unpublish': noSingleTypes,
  'POST /content-manager/single-types/:model/actions/discard': noSingleTypes,
  'GET /content-manager/single-types/:model/actions/countDraftRelations': noSingleTypes,

  // --- Content manager: entries of communes ----------------------------------------------------
  'GET /content-manager/collection-types/:model': { kind: 'list', cells: TENANCY('content manager list') },
  'POST /content-manager/collection-types/:model': {
    kind: 'fixed',
    reason: 'creating into the other commune is refused',
    status: 403,
    body: (ids) => ({
      json: { title: 'Tin cài vào xã khác', kind: 'tin', featured: false, commune: { connect: [{ documentId: ids.commune }] } },
    }),
    cells: TENANCY('commune field in create and update payloads'),
  },
  'GET /content-manager/collection-types/:model/:id': {
    kind: 'foreign',
    verb: 'read',
    cells: TENANCY('content manager findOne of a guessed documentId (published and draft)'),
  },
  'PUT /content-manager/collection-types/:model/:id': {
    kind: 'foreign',
    verb: 'update',
    body: json({ title: 'Tấn công sửa tin' }),
    cells: TENANCY('content manager update'),
  },
  'DELETE /content-manager/collection-types/:model/:id': { kind: 'foreign', verb: 'delete', cells: TENANCY('content manager delete') },
  'POST /content-manager/collection-types/:model/clone/:sourceId': {
    kind: 'foreign',
    verb: 'create',
    body: json({ title: 'Bản sao trộm' }),
    cells: TENANCY('content manager clone'),
  },
  'POST /content-manager/collection-types/:model/auto-clone/:sourceId': { kind: 'foreign', verb: 'create' },
  'POST /content-manager/collection-types/:model/actions/publish': {
    kind: 'fixed',
    reason: 'create-and-publish into the other commune is refused',
    status: 403,
    body: (ids) => ({
      json: { title: 'Tạo và đăng vào xã khác', kind: 'tin', featured: false, commune: { connect: [{ documentId: ids.commune }] } },
    }),
    cells: APPROVAL('create-and-publish in one request'),
  },
  'POST /content-manager/collection-types/:model/:id/actions/publish': {
    kind: 'foreign',
    verb: 'publish',
    cells: TENANCY('content manager publish'),
  },
  'POST /content-manager/collection-types/:model/:id/actions/unpublish': {
    kind: 'foreign',
    verb: 'publish',
    cells: TENANCY('content manager unpublish and discard draft'),
  },
  'POST /content-manager/collection-types/:model/:id/actions/discard': {
    kind: 'foreign',
    verb: 'update',
    cells: TENANCY('content manager unpublish and discard draft'),
  },
  'POST /content-manager/collection-types/:model/actions/bulkDelete': {
    kind: 'foreign',
    verb: 'delete',
    body: (ids) => ({ json: { documentIds: [ids.article] } }),
    cells: TENANCY('content manager bulk delete, publish and unpublish'),
  },
  'POST /content-manager/collection-types/:model/actions/bulkFindForValidation': {
    kind: 'foreign',
    verb: 'read',
    body: (ids) => ({ json: { documentIds: [ids.article] } }),
  },
  'POST /content-manager/collection-types/:model/actions/bulkPublish': {
    kind: 'foreign',
    verb: 'publish',
    body: (ids) => ({ json: { documentIds: [ids.article] } }),
    cells: TENANCY('content manager bulk delete, publish and unpublish'),
  },
  'POST /content-manager/collection-types/:model/actions/bulkUnpublish': {
    kind: 'foreign',
    verb: 'publish',
    body: (ids) => ({ json: { documentIds: [ids.article] } }),
    cells: TENANCY('content manager bulk delete, publish and unpublish'),
  },
  'GET /content-manager/collection-types/:model/:id/actions/countDraftRelations': { kind: 'foreign', verb: 'read' },
  'GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations': {
    kind: 'foreign',
    verb: 'read',
    query: (ids) => `documentIds[0]=${ids.article}`,
  },
  'GET /content-manager/relations/:model/:targetField': { kind: 'list', cells: TENANCY('relation picker') },
  'GET /content-manager/relations/:model/:id/:targetField': { kind: 'foreign', verb: 'read' },
  'POST /content-manager/uid/generate': {
    kind: 'fixed',
    reason: 'no commune type has a uid field (slugs are checked per commune: cms/src/extensions/commune-slugs.ts)',
    status: 400,
    body: json({ contentTypeUID: ARTICLE, field: 'slug', data: { title: 'Tin' } }),
  },
  'POST /content-manager/uid/check-availability': {
    kind: 'fixed',
    reason: 'no commune type has a uid field (slugs are checked per commune: cms/src/extensions/commune-slugs.ts)',
    status: 400,
    body: json({ contentTypeUID: ARTICLE, field: 'slug', value: 'tong-quan' }),
  },
  'GET /content-manager/homepage/recent-documents': {
    kind: 'list',
    query: () => 'action=update',
    cells: ['tenancy attack matrix: admin home counts'],
  },
  'GET /content-manager/homepage/count-documents': { kind: 'list', cells: ['tenancy attack matrix: admin home counts'] },
  'POST /i18n/content-manager/actions/get-non-localized-fields': {
    kind: 'foreign',
    verb: 'read',
    subject: PAGE,
    body: (ids) => ({ json: { model: PAGE, id: ids.pageRowId, locale: 'en' } }),
  },
  'GET /i18n/content-manager/get-fill-from-locale/:model': {
    kind: 'foreign',
    verb: 'read',
    subject: PAGE,
    query: (ids) => `documentId=${ids.page}&sourceLocale=vi&targetLocale=en&collectionType=collection-types`,
  },

  // --- Media library ---------------------------------------------------------------------------
  'POST /upload': {
    kind: 'foreign',
    verb: 'update',
    subject: 'media',
    query: (ids) => `id=${ids.fileId}`,
    body: () => ({ form: { fileInfo: JSON.stringify({ name: 'bi-thay-the.pdf', alternativeText: 'x' }) } }),
    cells: TENANCY('media replace, update and delete'),
  },
  'POST /upload/files': {
    kind: 'fixed',
    reason: 'the other commune’s folder does not exist for this user: refused like any unknown folder, nothing stored',
    status: 400,
    viewer: 403,
    body: (ids) => ({ form: { fileInfo: JSON.stringify({ name: 'anh.png', folder: ids.folderId }) }, file: 'png' }),
  },
  'POST /upload/actions/upload-from-urls': {
    kind: 'fixed',
    reason: 'upload from a URL is off, refused before any fetch (tests/integration/upload-safety.test.ts)',
    status: 403,
    body: json({ urls: ['http://0.0.0.0:1337/admin/init'] }),
  },
  'GET /upload/files': { kind: 'list', cells: TENANCY('media library list and get by id') },
  'GET /upload/files/:id': { kind: 'foreign', verb: 'read', subject: 'media', cells: TENANCY('media library list and get by id') },
  'PUT /upload/files/:id': { kind: 'foreign', verb: 'update', subject: 'media', body: json({ fileInfo: { name: 'doi-ten-trom.pdf' } }) },
  'DELETE /upload/files/:id': { kind: 'foreign', verb: 'update', subject: 'media', cells: TENANCY('media replace, update and delete') },
  // The victim's file is a PDF: a PDF replaces it, so that only the authorisation is tried.
  'POST /upload/files/:id/replace': { kind: 'foreign', verb: 'update', subject: 'media', body: () => ({ form: {}, file: 'pdf' }) },
  'GET /upload/folders/:id': { kind: 'foreign', verb: 'read', subject: 'media', cells: TENANCY('media folders: list, structure, get') },
  'PUT /upload/folders/:id': {
    kind: 'foreign',
    verb: 'update',
    subject: 'media',
    status: 403,
    body: json({ name: 'Đổi tên trộm', parent: null }),
    cells: TENANCY('media folders: create inside, move into, bulk move and bulk delete'),
  },
  'GET /upload/folders': { kind: 'list', cells: TENANCY('media folders: list, structure, get') },
  'POST /upload/folders': {
    kind: 'fixed',
    reason: 'a folder inside the other commune’s folder is refused',
    status: 403,
    body: (ids) => ({ json: { name: 'Thư mục lấn sân', parent: ids.folderId } }),
    cells: TENANCY('media folders: create inside, move into, bulk move and bulk delete'),
  },
  'GET /upload/folder-structure': { kind: 'list', cells: TENANCY('media folders: list, structure, get') },
  'POST /upload/actions/bulk-delete': {
    kind: 'fixed',
    reason: 'naming the other commune’s files is refused',
    status: 403,
    body: (ids) => ({ json: { fileIds: [ids.fileId], folderIds: [ids.folderId] } }),
    cells: TENANCY('media folders: create inside, move into, bulk move and bulk delete'),
  },
  'POST /upload/actions/bulk-move': {
    kind: 'fixed',
    reason: 'naming the other commune’s files is refused',
    status: 403,
    body: (ids) => ({ json: { fileIds: [ids.fileId], folderIds: [], destinationFolderId: null } }),
    cells: TENANCY('media folders: create inside, move into, bulk move and bulk delete'),
  },
  'POST /upload/actions/bulk-update': {
    kind: 'foreign',
    verb: 'update',
    subject: 'media',
    body: (ids) => ({
      json: { updates: [{ id: ids.fileId, fileInfo: { name: 'doi-ten-trom.pdf', alternativeText: 'x', caption: 'x' } }] },
    }),
  },

  // --- Our plugins -----------------------------------------------------------------------------
  'GET /editorial-board/workflows/:uid/:documentId': {
    kind: 'foreign',
    verb: 'read',
    cells: APPROVAL('another commune’s head can neither see nor move this commune’s items'),
  },
  'POST /editorial-board/workflows/:uid/:documentId/transitions': {
    kind: 'foreign',
    verb: 'read',
    viewer: 403,
    body: json({ action: 'approve', version: 1 }),
    cells: APPROVAL('another commune’s head can neither see nor move this commune’s items'),
  },
  'POST /editorial-board/workflows/:uid/:documentId/received': {
    kind: 'foreign',
    verb: 'read',
    viewer: 403,
    body: json({ version: 1, authorName: 'Kẻ Gian', channel: 'paper' }),
  },
  'GET /editorial-board/queues': { kind: 'list' },
  'GET /editorial-board/states': { kind: 'list', query: (ids) => `uid=${ARTICLE}&documentIds=${ids.article}` },
  'GET /editorial-board/in-state': { kind: 'list', query: () => `uid=${ARTICLE}&state=published` },
  'GET /editorial-board/reports': { kind: 'list' },
  'GET /editorial-board/reports/export': { kind: 'list' },
  // Who may read a change log is who may change those types: another commune's is "not found".
  'GET /editorial-board/changes': {
    kind: 'foreign',
    verb: 'update',
    subject: 'api::official.official',
    viewer: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: ['tests/integration/site-governance.test.ts'],
  },
  // The audit trail: a commune admin reads their own commune's rows; naming another commune is a
  // 403 for every commune role (only the commune admin may read at all) and for the viewer.
  // The board's inbox: only the named commune's board; another commune's code is not found there.
  'GET /citizen-voice/inbox': {
    kind: 'fixed',
    reason: 'another commune’s inbox',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: VOICE,
  },
  'GET /citizen-voice/inbox/:code': {
    kind: 'fixed',
    reason: 'another commune’s question',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: VOICE,
  },
  'POST /citizen-voice/inbox/:code/assign': {
    kind: 'fixed',
    reason: 'another commune’s question',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune, assigneeId: ids.superAdminId } }),
    cells: VOICE,
  },
  'POST /citizen-voice/inbox/:code/answer': {
    kind: 'fixed',
    reason: 'another commune’s question',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune } }),
    cells: VOICE,
  },
  'POST /citizen-voice/inbox/:code/reject': {
    kind: 'fixed',
    reason: 'another commune’s question',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune, reason: 'spam' } }),
    cells: VOICE,
  },
  'GET /citizen-voice/comments': {
    kind: 'fixed',
    reason: 'another commune’s comments',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: VOICE,
  },
  'POST /citizen-voice/comments/:code/approve': {
    kind: 'fixed',
    reason: 'another commune’s comment',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune } }),
    cells: VOICE,
  },
  'POST /citizen-voice/comments/:code/reject': {
    kind: 'fixed',
    reason: 'another commune’s comment',
    status: 403,
    body: (ids) => ({ json: { commune: ids.commune, reason: 'spam' } }),
    cells: VOICE,
  },
  'GET /citizen-voice/ratings': {
    kind: 'fixed',
    reason: 'another commune’s ratings',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: VOICE,
  },
  // The province dashboard: province staff see every commune by design; a commune's board only its own.
  'GET /province-dashboard/overview': {
    kind: 'fixed',
    reason: 'every commune’s figures',
    status: 403,
    viewer: 200,
    viewerReadsAll: true,
    cells: ['tests/integration/province-dashboard.test.ts'],
  },
  'GET /province-dashboard/overview/export': {
    kind: 'fixed',
    reason: 'every commune’s figures, as a file',
    status: 403,
    viewer: 200,
    viewerReadsAll: true,
    cells: ['tests/integration/province-dashboard.test.ts'],
  },
  'GET /province-dashboard/commune': {
    kind: 'fixed',
    reason: 'another commune’s dashboard',
    status: 404,
    viewer: 200,
    viewerReadsAll: true,
    query: (ids) => `commune=${ids.commune}`,
    cells: ['tests/integration/province-dashboard.test.ts'],
  },
  'GET /audit-trail/access': { kind: 'own', reason: 'what the caller may read of the audit trail: their own rights and communes' },
  'GET /audit-trail/entries': {
    kind: 'fixed',
    reason: 'another commune’s audit rows',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: [...TENANCY('the audit trail'), 'tests/integration/audit-trail.test.ts'],
  },
  'GET /audit-trail/entries/export': {
    kind: 'fixed',
    reason: 'another commune’s audit rows, as a file',
    status: 403,
    query: (ids) => `commune=${ids.commune}`,
    cells: [...TENANCY('the audit trail'), 'tests/integration/audit-trail.test.ts'],
  },

  // --- Content API: the public site's server, with its token and the commune it names ----------
  ...contentApi('articles'),
  ...contentApi('categories'),
  ...contentApi('contacts'),
  ...contentApi('documents'),
  ...contentApi('officials'),
  ...contentApi('pages'),
  ...contentApi('procedures'),
  ...contentApi('site-settings'),
  ...contentApi('plans'),
  ...contentApi('investment-projects'),
  ...contentApi('bidding-notices'),
  ...contentApi('budget-reports'),
  ...contentApi('statistics'),
  ...contentApi('work-schedules'),
  ...contentApi('info-accesses'),
  ...contentApi('urgent-notices'),
  ...contentApi('question-answers'),
  ...contentApi('consultations'),
  'GET /api/commune-tenancy/communes': {
    kind: 'site-read',
    othersData: 'the list of active communes: the site resolves every host with it',
  },
  'GET /api/commune-tenancy/resolve': {
    kind: 'site-read',
    query: () => 'host=songiang.localhost',
    othersData: 'which commune a host name is: public by nature',
  },
  'GET /api/portal-search/search': { kind: 'site-read', query: () => 'q=s%C6%A1n%20giang' },
  'GET /api/portal-search/documents': { kind: 'site-read', query: () => 'q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh' },
  'POST /api/site-stats/visits': { kind: 'site-read', status: 400, body: json({ day: 'x', visitors: ['x'] }) },
  'GET /api/site-stats/visits': { kind: 'site-read' },
  'POST /api/site-stats/searches': {
    kind: 'site-read',
    status: 400,
    body: json({ day: 'x', searches: [{ query: 'x', searches: 1, empty: 0 }] }),
  },
  // Citizens' voice (README "Citizens' voice"): the commune is the one the site names; a foreign
  // consultation (the victim's article id stands for one) is not found; deeper attacks in the file.
  'GET /api/citizen-voice/form-token': { kind: 'site-read' },
  'GET /api/citizen-voice/settings': { kind: 'site-read' },
  'POST /api/citizen-voice/questions': { kind: 'site-read', status: 400, body: json({ fullName: 'Kẻ Gian' }), cells: VOICE },
  'GET /api/citizen-voice/questions/status': { kind: 'site-read', status: 404, query: () => 'code=ABCDEFGHJK', cells: VOICE },
  'POST /api/citizen-voice/consultations/:documentId/comments': {
    kind: 'site-read',
    status: 404,
    body: json({ body: 'Ý kiến của kẻ gian' }),
    cells: VOICE,
  },
  'GET /api/citizen-voice/consultations/:documentId/comments': { kind: 'site-read', status: 404, cells: VOICE },
  'POST /api/citizen-voice/ratings': { kind: 'site-read', status: 400, body: json({ useful: true }) },
  'GET /api/maintenance-windows': {
    kind: 'site-read',
    othersData: 'the maintenance windows of every commune: one site process serves every commune',
  },
  // A preview link opens only with the site's token, on the site of the link's commune (the sweep's
  // path has no valid link: 404); forged, expired and misplaced links: PREVIEW_CELLS.
  'GET /api/editorial-board/preview/:token': { kind: 'site-read', status: 404, cells: [PREVIEW_CELLS] },
  'GET /api/site-cache/versions': {
    kind: 'site-read',
    othersData: 'every commune’s content version: one site process serves every commune',
  },
  'GET /api/content-type-builder/content-types': { kind: 'site-denied' },
  'GET /api/content-type-builder/content-types/:uid': { kind: 'site-denied' },
  'GET /api/content-type-builder/components': { kind: 'site-denied' },
  'GET /api/content-type-builder/components/:uid': { kind: 'site-denied' },
  'POST /api/email': { kind: 'site-denied', body: json({ to: 'nan.nhan@example.com', subject: 'x', text: 'x' }) },
  'POST /api/upload': { kind: 'site-denied' },
  'GET /api/upload/files': { kind: 'site-denied' },
  'GET /api/upload/files/page': { kind: 'site-denied' },
  'GET /api/upload/files/:id': { kind: 'site-denied' },
  'DELETE /api/upload/files/:id': { kind: 'site-denied' },
  'GET /api/i18n/locales': { kind: 'site-denied' },
};
