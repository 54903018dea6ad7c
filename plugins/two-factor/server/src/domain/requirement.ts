/**
 * Who must use two-step sign-in, as a table read by one function. Any role not listed is
 * treated as a province role and requires it: a new role is safe until someone decides
 * otherwise here. Province IT can require it for everyone (the stored `require_all` setting).
 *
 * | role                      | rule                                                   |
 * |---------------------------|--------------------------------------------------------|
 * | strapi-super-admin        | always (province IT opens all 55 sites)                |
 * | commune-province-viewer   | always (reads every commune)                           |
 * | any other unlisted role   | always                                                 |
 * | commune-admin             | by default (manages the commune's accounts)            |
 * | commune-board-head        | by default (publishes, answers for the site)           |
 * | deputy, member, contributor | only when province IT requires it for everyone       |
 */
export type RoleRule = 'always' | 'by-default' | 'when-required-for-all';

export const ROLE_RULES: Readonly<Record<string, RoleRule>> = {
  'strapi-super-admin': 'always',
  'commune-province-viewer': 'always',
  'commune-admin': 'by-default',
  'commune-board-head': 'by-default',
  'commune-board-deputy': 'when-required-for-all',
  'commune-board-member': 'when-required-for-all',
  'commune-contributor': 'when-required-for-all',
};

export function ruleOf(roleCode: string): RoleRule {
  return ROLE_RULES[roleCode] ?? 'always';
}

/** Whether a user with these roles must sign in with a second factor. */
export function isRequired(roleCodes: readonly string[], requireAll: boolean): boolean {
  if (requireAll) return true;
  return roleCodes.some((code) => ruleOf(code) !== 'when-required-for-all');
}

/** May the user turn their factor off? Only when it is not required of them. */
export const mayDisable = (roleCodes: readonly string[], requireAll: boolean): boolean => !isRequired(roleCodes, requireAll);
