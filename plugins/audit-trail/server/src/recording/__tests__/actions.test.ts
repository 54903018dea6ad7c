import { resolveAction, type RouteFacts } from '../actions';

const facts = (pluginName: string, handler: string, method = 'POST', extra: Partial<RouteFacts> = {}): RouteFacts => ({
  method,
  pluginName,
  handler,
  status: 200,
  model: null,
  boardStep: null,
  replacing: false,
  ...extra,
});

describe("a request's action comes from the handler of the route Strapi matched", () => {
  it.each([
    ['content-manager', 'collection-types.create', 'POST', {}, 'content.create'],
    ['content-manager', 'collection-types.delete', 'DELETE', {}, 'content.delete'],
    ['content-manager', 'collection-types.update', 'PUT', { model: 'plugin::commune-tenancy.commune' }, 'communes.update'],
    ['editorial-board', 'board.transition', 'POST', { boardStep: 'publish' }, 'content.publish'],
    ['editorial-board', 'board.transition', 'POST', { boardStep: 'approve' }, 'content.board-step'],
    ['upload', 'admin-upload.upload', 'POST', {}, 'media.upload'],
    ['upload', 'admin-upload.upload', 'POST', { replacing: true }, 'media.replace'],
    ['upload', 'admin-folder-file.moveMany', 'POST', {}, 'media.move'],
    ['admin', 'user.create', 'POST', {}, 'accounts.user-create'],
    ['admin', 'role.updatePermissions', 'PUT', {}, 'accounts.role-permissions'],
    ['admin', 'api-token.revoke', 'DELETE', {}, 'tokens.api-revoke'],
    ['admin', 'authentication.login', 'POST', { status: 400 }, 'sign-in.login'],
    ['admin', 'authentication.login', 'POST', { status: 429 }, 'sign-in.locked'],
    ['admin', 'authentication.login', 'POST', { status: 400, lockedNow: true }, 'sign-in.lock'],
    ['admin', 'authentication.login', 'POST', { secondStepAsked: true }, 'sign-in.password-accepted'],
    ['two-factor', 'challenge.verify', 'POST', {}, 'sign-in.second-step'],
    ['two-factor', 'challenge.confirmEnrolment', 'POST', {}, 'second-factor.enrol'],
    ['two-factor', 'me.disable', 'POST', {}, 'second-factor.disable'],
    ['two-factor', 'province.resetUserFactor', 'POST', {}, 'second-factor.reset'],
    ['account-security', 'locks.unlock', 'DELETE', {}, 'sign-in.unlock'],
    ['commune-tenancy', 'commune-admin.create', 'POST', {}, 'communes.create'],
    ['commune-tenancy', 'commune-admin.suspend', 'POST', {}, 'communes.suspend'],
    ['commune-tenancy', 'invitation.create', 'POST', {}, 'memberships.invite'],
    ['editorial-board', 'reports.export', 'GET', {}, 'exports.board-report'],
    ['audit-trail', 'entries.export', 'GET', {}, 'exports.audit-trail'],
  ] as const)('%s %s (%s, %j) is %s', (plugin, handler, method, extra, code) => {
    expect(resolveAction(facts(plugin, handler, method, extra))?.code).toBe(code);
  });

  it("a route the table does not know is recorded under its plugin and handler, in its plugin's class", () => {
    expect(resolveAction(facts('two-factor', 'setup.confirm'))).toEqual({
      code: 'two-factor.setup.confirm',
      category: 'second-factor',
      label: 'Thao tác quản trị (two-factor: setup.confirm)',
    });
    expect(resolveAction(facts('account-security', 'lock.unlock'))?.category).toBe('sign-in');
    // Added as admin routes rather than a plugin: the path tells the class.
    expect(resolveAction({ ...facts('admin', 'totp.enable'), path: '/admin/two-factor/enable' })).toMatchObject({
      code: 'admin.totp.enable',
      category: 'second-factor',
    });
    expect(resolveAction({ ...facts('admin', 'account.unlock'), path: '/admin/users/:id/unlock' })?.category).toBe('sign-in');
    expect(resolveAction({ ...facts('admin', 'homepage.updateHomepageLayout'), path: '/admin/homepage/layout' })?.category).toBe('other');
  });

  it('reads are not recorded: GET routes but exports, and the POST routes that only read', () => {
    expect(resolveAction(facts('content-manager', 'collection-types.find', 'GET'))).toBeNull();
    expect(resolveAction(facts('admin', 'permission.check'))).toBeNull();
    expect(resolveAction(facts('admin', 'authentication.accessToken'))).toBeNull();
    expect(resolveAction(facts('content-manager', 'uid.checkUIDAvailability'))).toBeNull();
  });
});
