import { isRequired, mayDisable, ruleOf } from '../requirement';

describe('who must use two-step sign-in', () => {
  it.each([
    [['strapi-super-admin'], false, true],
    [['commune-province-viewer'], false, true],
    [['a-future-province-role'], false, true],
    [['commune-admin'], false, true],
    [['commune-board-head'], false, true],
    [['commune-board-deputy'], false, false],
    [['commune-board-member'], false, false],
    [['commune-contributor'], false, false],
    [['commune-contributor', 'commune-board-head'], false, true],
    [['commune-contributor'], true, true],
    [[], false, false],
    [[], true, true],
  ])('roles %j, required for all: %s → %s', (roles, requireAll, expected) => {
    expect(isRequired(roles, requireAll)).toBe(expected);
    expect(mayDisable(roles, requireAll)).toBe(!expected);
  });

  it('treats an unknown role as a province role (fail closed)', () => {
    expect(ruleOf('strapi-editor')).toBe('always');
  });
});
