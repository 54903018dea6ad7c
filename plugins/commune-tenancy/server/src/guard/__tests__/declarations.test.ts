/**
 * Every content type in this repository says whether it belongs to a commune, and every scoped
 * one has the commune relation the guard filters on. (Strapi's own types are covered by the
 * bootstrap check, which refuses to start with an undeclared type.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pruneFolderTree } from '../folder-tree';
import { COMMUNE_ROLES, permissionsFor, IN_OWN_COMMUNE, SCOPED_TYPES } from '../roles';
import { isScoped, undeclaredTypes } from '../scope';

interface Schema {
  info: { singularName: string };
  pluginOptions?: Record<string, unknown>;
  attributes: Record<string, { type: string; target?: string }>;
}

function findSchemas(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : findSchemas(full);
    return entry.name === 'schema.json' ? [full] : [];
  });
}

const root = path.resolve(__dirname, '../../../../../..');
const schemas = [...findSchemas(path.join(root, 'cms', 'src', 'api')), ...findSchemas(path.join(root, 'plugins'))].map(
  (file) => [path.relative(root, file), JSON.parse(readFileSync(file, 'utf8')) as Schema] as const,
);

describe('tenancy declarations', () => {
  it('finds the schemas of this repository', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(10);
  });

  it('every content type is declared scoped or global', () => {
    expect(undeclaredTypes(Object.fromEntries(schemas))).toEqual([]);
  });

  it('every scoped type has a "commune" relation to the commune type', () => {
    for (const [file, schema] of schemas.filter(([, schema]) => isScoped(schema))) {
      expect({ file, commune: schema.attributes.commune?.target }).toEqual({ file, commune: 'plugin::commune-tenancy.commune' });
    }
  });

  it('a type that forgets its declaration is reported', () => {
    expect(undeclaredTypes({ 'api::x.x': {}, 'api::y.y': { pluginOptions: { 'commune-tenancy': { global: true } } } })).toEqual([
      'api::x.x',
    ]);
  });

  it('the roles cover exactly the scoped types of this repository', () => {
    const scopedUids = schemas
      .filter(([, schema]) => isScoped(schema))
      .map(([, schema]) => `api::${schema.info.singularName}.${schema.info.singularName}`);
    expect([...SCOPED_TYPES].sort()).toEqual(scopedUids.sort());
  });
});

describe('commune roles', () => {
  it('list the fields of read, create and update permissions, so that editors can fill them in', () => {
    const head = COMMUNE_ROLES.find((role) => role.code === 'commune-board-head');
    if (!head) throw new Error('no head role');
    const permissions = permissionsFor(head, (subject) => [`${subject}-field`]);
    const update = permissions.find((entry) => entry.action.endsWith('.update') && entry.subject === 'api::article.article');
    const publish = permissions.find((entry) => entry.action.endsWith('.publish') && entry.subject === 'api::article.article');
    expect(update?.properties).toEqual({ fields: ['api::article.article-field'] });
    expect(publish?.properties).toEqual({});
  });

  it("put every commune role's content permission under the own-commune condition", () => {
    for (const role of COMMUNE_ROLES.filter((entry) => entry.scoped)) {
      for (const permission of permissionsFor(role).filter((entry) => entry.subject !== null)) {
        expect(permission.conditions).toEqual([IN_OWN_COMMUNE]);
      }
    }
  });

  it('let neither members nor contributors publish or delete, and the province viewer only read', () => {
    const actions = (code: string): string[] => {
      const role = COMMUNE_ROLES.find((entry) => entry.code === code);
      if (!role) throw new Error(`no role ${code}`);
      return permissionsFor(role).map((entry) => entry.action);
    };
    for (const code of ['commune-board-member', 'commune-contributor']) {
      expect(actions(code)).not.toContain('plugin::content-manager.explorer.publish');
      expect(actions(code)).not.toContain('plugin::content-manager.explorer.delete');
    }
    expect(new Set(actions('commune-province-viewer'))).toEqual(
      new Set(['plugin::content-manager.explorer.read', 'plugin::upload.read', 'plugin::upload.assets.download']),
    );
  });
});

describe('pruneFolderTree', () => {
  it('keeps visible folders and drops hidden ones with their subtrees', () => {
    const tree = [
      { id: 1, name: 'a', children: [{ id: 3, name: 'a1', children: [] }] },
      { id: 2, name: 'b', children: [{ id: 4, name: 'b1', children: [] }] },
    ];
    expect(pruneFolderTree(tree, new Set([1, 4]))).toEqual([{ id: 1, name: 'a', children: [] }]);
  });
});

describe('defaultCommuneFor', () => {
  it('is the only commune of a single-commune member, the selected one of a multi-commune member, and never a guess', async () => {
    const { defaultCommuneFor } = await import('../actor');
    expect(defaultCommuneFor({ kind: 'member', userId: 1, communeIds: [4], selectedCommuneId: null })).toBe(4);
    expect(defaultCommuneFor({ kind: 'member', userId: 1, communeIds: [4, 5], selectedCommuneId: 5 })).toBe(5);
    expect(defaultCommuneFor({ kind: 'member', userId: 1, communeIds: [4, 5], selectedCommuneId: null })).toBeNull();
    expect(defaultCommuneFor({ kind: 'member', userId: 1, communeIds: [4, 5], selectedCommuneId: 9 })).toBeNull();
    expect(defaultCommuneFor({ kind: 'platform', userId: 1 })).toBeNull();
  });
});
