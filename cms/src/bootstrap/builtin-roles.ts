import type { Core } from '@strapi/strapi';

/**
 * Strapi creates its three built-in admin roles with English names and descriptions, which
 * province IT reads on the roles and users pages. They are named in Vietnamese at each start,
 * but only while they still carry Strapi's English name: a name province IT chose is kept.
 */
export const BUILTIN_ROLES: ReadonlyArray<{ code: string; english: string; name: string; description: string }> = [
  {
    code: 'strapi-super-admin',
    english: 'Super Admin',
    name: 'Quản trị tỉnh (toàn quyền)',
    description: 'Toàn quyền với mọi chức năng và cài đặt của hệ thống.',
  },
  {
    code: 'strapi-editor',
    english: 'Editor',
    name: 'Biên tập viên (vai trò có sẵn)',
    description: 'Quản lý và xuất bản mọi nội dung, kể cả của người khác.',
  },
  { code: 'strapi-author', english: 'Author', name: 'Tác giả (vai trò có sẵn)', description: 'Quản lý nội dung do mình tạo.' },
];

export async function nameBuiltinRoles(strapi: Core.Strapi): Promise<void> {
  for (const role of BUILTIN_ROLES) {
    await strapi.db
      .query('admin::role')
      .updateMany({ where: { code: role.code, name: role.english }, data: { name: role.name, description: role.description } });
  }
}
