import { assertPublicTypesGoverned, PUBLIC_TOKEN_PERMISSIONS } from '../public-token';

const REGISTERED = [
  'api::article.article',
  'api::document.document',
  'api::procedure.procedure',
  'api::page.page',
  'api::category.category',
  'api::official.official',
  'api::contact.contact',
  'api::site-setting.site-setting',
  'plugin::commune-tenancy.commune',
  'plugin::commune-tenancy.membership',
];

describe('the public site token reads only governed types', () => {
  it('lets Strapi start with the token as it is', () => {
    expect(() => assertPublicTypesGoverned(REGISTERED)).not.toThrow();
  });

  it('refuses to start when the token would read a type the site governance table lacks', () => {
    const permissions = [...PUBLIC_TOKEN_PERMISSIONS, 'plugin::commune-tenancy.membership.find'];
    expect(() => assertPublicTypesGoverned(REGISTERED, permissions)).toThrow(/reads plugin::commune-tenancy\.membership, which the site governance table/);
  });
});
