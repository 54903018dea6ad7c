import type { Core } from '@strapi/strapi';
import { invitationUrl, roleCodesFor } from '../admin-accounts';
import { parseInvitationInput } from '../invitations';

const valid = { email: ' Lan.Nguyen@KhanhKhe.gov.vn ', firstname: ' Lan ', lastname: 'Nguyễn Thị', commune: 'c1', boardRole: 'member' };

describe('invitation input', () => {
  it('normalises the e-mail address and trims the names', () => {
    expect(parseInvitationInput(valid)).toEqual({
      email: 'lan.nguyen@khanhkhe.gov.vn',
      firstname: 'Lan',
      lastname: 'Nguyễn Thị',
      communeDocumentId: 'c1',
      boardRole: 'member',
      isCommuneAdmin: false,
    });
  });

  it.each([
    [{ ...valid, email: '' }, 'Hãy nhập địa chỉ thư điện tử.'],
    [{ ...valid, email: 'lan@' }, 'không hợp lệ'],
    [{ ...valid, firstname: '  ' }, 'Hãy nhập tên'],
    [{ ...valid, commune: undefined }, 'Hãy chọn xã, phường.'],
    [{ ...valid, boardRole: 'chairman' }, 'vai trò'],
    [{ ...valid, isCommuneAdmin: 'yes' }, 'Quản trị xã'],
    [null, 'thư điện tử'],
  ])('refuses %j with a Vietnamese message', (body, message) => {
    expect(() => parseInvitationInput(body)).toThrow(message);
  });
});

describe('roles of an invited account', () => {
  it('gives the board role’s admin role, and commune-admin to commune admins', () => {
    expect(roleCodesFor('head', false)).toEqual(['commune-board-head']);
    expect(roleCodesFor('contributor', true)).toEqual(['commune-contributor', 'commune-admin']);
  });
});

describe('invitation link', () => {
  const strapiWith = (absoluteUrl: string): Core.Strapi => ({ config: { get: () => absoluteUrl } }) as unknown as Core.Strapi;

  it('points at the admin panel’s registration page', () => {
    expect(invitationUrl(strapiWith('https://quantri.langson.gov.vn/admin'), 'ab12')).toBe(
      'https://quantri.langson.gov.vn/admin/auth/register?registrationToken=ab12',
    );
  });

  it('never gives an address of every interface, which nobody can open', () => {
    expect(invitationUrl(strapiWith('http://0.0.0.0:1337/admin/'), 'ab12')).toBe(
      'http://localhost:1337/admin/auth/register?registrationToken=ab12',
    );
  });
});
