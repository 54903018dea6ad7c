/**
 * The admin roles follow the site governance table: the head and the commune admin change the
 * head-and-admin types (leaders, contacts, categories, site settings), the other board roles
 * only read them, contributors read only what they need, and no commune role changes the commune
 * record.
 */
import { typesGovernedBy } from '../../../../shared';
import { COMMUNE_ROLES, permissionsFor } from '../roles';

const CM = 'plugin::content-manager.explorer.';

function verbsOn(code: string, subject: string): string[] {
  const role = COMMUNE_ROLES.find((entry) => entry.code === code);
  if (!role) throw new Error(`no role ${code}`);
  return permissionsFor(role)
    .filter((permission) => permission.subject === subject && permission.action.startsWith(CM))
    .map((permission) => permission.action.slice(CM.length))
    .sort();
}

const HEAD_AND_ADMIN = typesGovernedBy('head-and-admin');

describe('roles on the head-and-admin types', () => {
  it.each(['commune-admin', 'commune-board-head'])('%s reads, creates, updates and deletes every one of them', (code) => {
    for (const uid of HEAD_AND_ADMIN)
      expect({ uid, verbs: verbsOn(code, uid) }).toEqual({ uid, verbs: ['create', 'delete', 'read', 'update'] });
  });

  it.each(['commune-board-deputy', 'commune-board-member'])('%s only reads them', (code) => {
    for (const uid of HEAD_AND_ADMIN) expect({ uid, verbs: verbsOn(code, uid) }).toEqual({ uid, verbs: ['read'] });
  });

  it('a contributor reads the categories (to pick one) and nothing else of them', () => {
    for (const uid of HEAD_AND_ADMIN)
      expect({ uid, verbs: verbsOn('commune-contributor', uid) }).toEqual({ uid, verbs: uid === 'api::category.category' ? ['read'] : [] });
  });

  it("the board roles keep their rights on the board's types", () => {
    expect(verbsOn('commune-board-deputy', 'api::article.article')).toEqual(['create', 'delete', 'publish', 'read', 'update']);
    expect(verbsOn('commune-board-member', 'api::page.page')).toEqual(['create', 'read', 'update']);
    expect(verbsOn('commune-contributor', 'api::article.article')).toEqual(['create', 'read', 'update']);
    expect(verbsOn('commune-contributor', 'api::page.page')).toEqual([]);
  });
});

describe('the commune record', () => {
  it('no commune role changes it; the province viewer reads it', () => {
    for (const role of COMMUNE_ROLES) {
      const verbs = verbsOn(role.code, 'plugin::commune-tenancy.commune');
      expect({ code: role.code, verbs }).toEqual({ code: role.code, verbs: role.scoped ? [] : ['read'] });
    }
  });
});
