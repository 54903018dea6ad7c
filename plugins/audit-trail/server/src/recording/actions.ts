/**
 * Which action a request was, from the route Strapi matched: `<plugin>::<handler>` (the route's
 * `info.pluginName` and its `handler`, e.g. `admin::user.create`,
 * `content-manager::collection-types.publish`) looked up in one table. Pure.
 *
 * - Every non-GET admin or plugin route is recorded: a handler the table does not know gets a
 *   code built from its plugin and handler (shared/actions.ts, `fallbackAction`), so a route
 *   another plugin adds (two-step sign-in, account unlock) is in the trail the day it appears.
 * - A few POST routes only read (a permission check, a slug suggestion): NOT_RECORDED says which
 *   and why; recording them would bury the writes.
 * - GET routes are recorded only when they hand out a file (EXPORTS).
 * - Some handlers mean more than one action: a sign-in answered 429 is a lock-out, a board step
 *   named `publish` is a publication, the content manager's routes on the commune record are
 *   commune changes, `POST /upload?id=` replaces a file.
 */
import { AUDIT_ACTIONS, fallbackAction, type ActionDefinition, type KnownActionCode } from '../../../shared';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

const HANDLER_ACTIONS: Record<string, KnownActionCode> = {
  'content-manager::collection-types.create': 'content.create',
  'content-manager::collection-types.update': 'content.update',
  'content-manager::collection-types.delete': 'content.delete',
  'content-manager::collection-types.bulkDelete': 'content.delete-many',
  'content-manager::collection-types.publish': 'content.publish',
  'content-manager::collection-types.bulkPublish': 'content.publish-many',
  'content-manager::collection-types.unpublish': 'content.unpublish',
  'content-manager::collection-types.bulkUnpublish': 'content.unpublish-many',
  'content-manager::collection-types.discard': 'content.discard-draft',
  'content-manager::collection-types.clone': 'content.clone',
  'content-manager::collection-types.autoClone': 'content.clone',
  'content-manager::single-types.createOrUpdate': 'content.update',
  'content-manager::single-types.delete': 'content.delete',
  'content-manager::single-types.publish': 'content.publish',
  'content-manager::single-types.unpublish': 'content.unpublish',
  'content-manager::single-types.discard': 'content.discard-draft',
  'content-manager::content-types.updateContentTypeConfiguration': 'settings.content-view',
  'content-manager::components.updateComponentConfiguration': 'settings.content-view',
  'editorial-board::board.transition': 'content.board-step',
  'editorial-board::board.receive': 'content.board-received',
  'upload::admin-upload.upload': 'media.upload',
  'upload::admin-upload.uploadFile': 'media.upload',
  'upload::admin-upload.replaceFile': 'media.replace',
  'upload::admin-upload.updateFileInfo': 'media.update',
  'upload::admin-upload.bulkUpdateFileInfo': 'media.update-many',
  'upload::admin-upload.uploadFromUrls': 'media.upload-from-url',
  'upload::admin-file.destroy': 'media.delete',
  'upload::admin-folder-file.deleteMany': 'media.delete-many',
  'upload::admin-folder-file.moveMany': 'media.move',
  'upload::admin-folder.create': 'media.folder-create',
  'upload::admin-folder.update': 'media.folder-update',
  'upload::admin-settings.updateSettings': 'settings.media',
  'admin::user.create': 'accounts.user-create',
  'admin::user.update': 'accounts.user-update',
  'admin::user.deleteOne': 'accounts.user-delete',
  'admin::user.deleteMany': 'accounts.user-delete-many',
  'admin::authenticated-user.updateMe': 'accounts.own-profile',
  'admin::role.create': 'accounts.role-create',
  'admin::role.update': 'accounts.role-update',
  'admin::role.updatePermissions': 'accounts.role-permissions',
  'admin::role.deleteOne': 'accounts.role-delete',
  'admin::role.deleteMany': 'accounts.role-delete',
  'admin::api-token.create': 'tokens.api-create',
  'admin::api-token.update': 'tokens.api-update',
  'admin::api-token.regenerate': 'tokens.api-regenerate',
  'admin::api-token.revoke': 'tokens.api-revoke',
  'admin::admin-token.create': 'tokens.admin-create',
  'admin::admin-token.update': 'tokens.admin-update',
  'admin::admin-token.regenerate': 'tokens.admin-regenerate',
  'admin::admin-token.revoke': 'tokens.admin-revoke',
  'admin::transfer.token-create': 'tokens.transfer-create',
  'admin::transfer.token-update': 'tokens.transfer-update',
  'admin::transfer.token-regenerate': 'tokens.transfer-regenerate',
  'admin::transfer.token-revoke': 'tokens.transfer-revoke',
  'admin::authentication.login': 'sign-in.login',
  'admin::authentication.logout': 'sign-in.logout',
  'admin::authentication.register': 'sign-in.register',
  'admin::authentication.registerAdmin': 'sign-in.register-admin',
  'admin::authentication.forgotPassword': 'sign-in.forgot-password',
  'admin::authentication.resetPassword': 'sign-in.reset-password',
  'admin::authenticated-session.revokeAll': 'sign-in.end-sessions',
  'admin::authenticated-session.revoke': 'sign-in.end-sessions',
  'admin::admin.updateProjectSettings': 'settings.project',
  'admin::webhooks.createWebhook': 'settings.webhook',
  'admin::webhooks.updateWebhook': 'settings.webhook',
  'admin::webhooks.deleteWebhook': 'settings.webhook',
  'admin::webhooks.deleteWebhooks': 'settings.webhook',
  'i18n::locales.createLocale': 'settings.locale',
  'i18n::locales.updateLocale': 'settings.locale',
  'i18n::locales.deleteLocale': 'settings.locale',
  'commune-tenancy::commune-admin.create': 'communes.create',
  'commune-tenancy::commune-admin.suspend': 'communes.suspend',
  'commune-tenancy::commune-admin.resume': 'communes.resume',
  'commune-tenancy::membership.upsert': 'memberships.save',
  'commune-tenancy::membership.reset': 'memberships.reset',
  'commune-tenancy::membership.remove': 'memberships.remove',
  'commune-tenancy::invitation.create': 'memberships.invite',
  'commune-tenancy::me.selectCommune': 'accounts.select-commune',
  // Two-step sign-in (plugins/two-factor): the second step opens the session.
  'two-factor::challenge.verify': 'sign-in.second-step',
  'two-factor::challenge.enrolmentOffer': 'second-factor.enrol-start',
  'two-factor::challenge.confirmEnrolment': 'second-factor.enrol',
  'two-factor::me.offer': 'second-factor.enrol-start',
  'two-factor::me.confirm': 'second-factor.enrol',
  'two-factor::me.regenerateRecoveryCodes': 'second-factor.recovery-codes',
  'two-factor::me.disable': 'second-factor.disable',
  'two-factor::province.updateSettings': 'second-factor.policy',
  'two-factor::province.resetUserFactor': 'second-factor.reset',
  // Throttling and re-authentication (plugins/account-security).
  'account-security::locks.unlock': 'sign-in.unlock',
  'account-security::confirm.confirm': 'sign-in.confirm-password',
  // Citizens' questions and comments (plugins/citizen-voice): the board's moderation.
  'citizen-voice::inbox.assign': 'content.citizen-assign',
  'citizen-voice::inbox.answer': 'content.citizen-answer',
  'citizen-voice::inbox.reject': 'content.citizen-reject',
  'citizen-voice::inbox.approveComment': 'content.comment-approve',
  'citizen-voice::inbox.rejectComment': 'content.comment-reject',
};

/** POST routes that only read, with the reason they are left out. */
export const NOT_RECORDED: Record<string, string> = {
  'admin::authentication.accessToken': 'renews the session’s short-lived token every few minutes; the sign-in and sign-out are recorded',
  'admin::permission.check': 'asks which buttons to show; changes nothing',
  'content-manager::collection-types.bulkFindForValidation': 'reads entries before a bulk publish',
  'content-manager::uid.generateUID': 'suggests a slug',
  'content-manager::uid.checkUIDAvailability': 'checks a slug',
  'i18n::content-types.getNonLocalizedAttributes': 'reads the fields another locale shares',
};

/** GET routes that hand out a file: an export is an action on the data it carries. */
export const EXPORTS: Record<string, KnownActionCode> = {
  'editorial-board::reports.export': 'exports.board-report',
  'audit-trail::entries.export': 'exports.audit-trail',
};

/** Content-manager codes, re-targeted when the entry is the commune record (name, domains, status). */
const COMMUNE_RECORD_ACTIONS: Partial<Record<KnownActionCode, KnownActionCode>> = {
  'content.create': 'communes.create',
  'content.update': 'communes.update',
  'content.delete': 'communes.delete',
  'content.delete-many': 'communes.delete',
};

/** Board steps that put an item on the site or take it off. */
const BOARD_STEP_ACTIONS: Record<string, KnownActionCode> = {
  publish: 'content.publish',
  force_publish: 'content.publish',
  unpublish: 'content.unpublish',
};

export interface RouteFacts {
  method: string;
  /** The matched route's path pattern (e.g. `/admin/two-factor/setup`), for the class of an unknown route. */
  path?: string;
  pluginName: string;
  handler: string;
  status: number;
  /** The `model` / `uid` path parameter, if any. */
  model: string | null;
  /** The board step named in the body (`action`), if any. */
  boardStep: string | null;
  /** `POST /upload?id=…`: a replacement. */
  replacing: boolean;
  /** A sign-in whose password was right and which now waits for the second step's code. */
  secondStepAsked?: boolean;
  /** A sign-in whose failure locked the account (plugins/account-security says so on the request). */
  lockedNow?: boolean;
}

export interface ResolvedAction extends ActionDefinition {
  code: string;
}

const known = (code: KnownActionCode): ResolvedAction => ({ code, ...AUDIT_ACTIONS[code] });

export const handlerKey = (pluginName: string, handler: string): string => `${pluginName}::${handler}`;

/** The action of a request to a matched route, or null when it is not recorded. */
export function resolveAction(facts: RouteFacts): ResolvedAction | null {
  const key = handlerKey(facts.pluginName, facts.handler);
  const method = facts.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
    const exported = method === 'GET' ? EXPORTS[key] : undefined;
    return exported ? known(exported) : null;
  }
  if (key in NOT_RECORDED) return null;
  const code = HANDLER_ACTIONS[key];
  if (!code) return { ...fallbackAction(facts.pluginName, facts.handler, facts.path) };
  if (code === 'sign-in.login' && facts.status === 429) return known('sign-in.locked');
  if (code === 'sign-in.login' && facts.lockedNow) return known('sign-in.lock');
  if (code === 'sign-in.login' && facts.secondStepAsked) return known('sign-in.password-accepted');
  if (code === 'media.upload' && facts.replacing) return known('media.replace');
  if (code === 'content.board-step' && facts.boardStep) return known(BOARD_STEP_ACTIONS[facts.boardStep] ?? 'content.board-step');
  if (facts.model === COMMUNE_UID) return known(COMMUNE_RECORD_ACTIONS[code] ?? code);
  return known(code);
}
