import type { Core } from '@strapi/strapi';
import { COMMUNE_KEY, addCommuneKeys, keyFromRelation } from '../commune-key';

const strapiWith = (contentTypes: Record<string, unknown>, communes: Record<string, number> = {}) =>
  ({
    contentTypes,
    db: {
      query: () => ({
        findOne: async ({ where }: { where: { documentId: string } }) =>
          where.documentId in communes ? { id: communes[where.documentId] } : null,
      }),
    },
  }) as unknown as Core.Strapi;

describe('the commune key of scoped rows', () => {
  it('is derived from every shape of the commune relation the document service writes', async () => {
    const strapi = strapiWith({}, { c0mmune: 9 });
    expect(await keyFromRelation(strapi, 4)).toBe(4);
    expect(await keyFromRelation(strapi, { id: 4 })).toBe(4);
    expect(await keyFromRelation(strapi, { set: [{ id: 5 }] })).toBe(5);
    expect(await keyFromRelation(strapi, { connect: [{ id: 6 }], disconnect: [] })).toBe(6);
    expect(await keyFromRelation(strapi, 'c0mmune')).toBe(9);
    expect(await keyFromRelation(strapi, { connect: [{ documentId: 'c0mmune' }] })).toBe(9);
    expect(await keyFromRelation(strapi, 'unknown')).toBeNull();
    expect(await keyFromRelation(strapi, null)).toBeNull();
    expect(await keyFromRelation(strapi, { set: [] })).toBeNull();
    expect(await keyFromRelation(strapi, { connect: [], disconnect: [] })).toBeUndefined();
  });

  it('is an indexed column that clients can neither write, read, filter on nor see in the content manager', () => {
    const article = {
      collectionName: 'articles',
      pluginOptions: { 'commune-tenancy': { scoped: true } },
      attributes: {} as Record<string, unknown>,
    };
    const commune = {
      collectionName: 'communes',
      pluginOptions: { 'commune-tenancy': { global: true } },
      attributes: {} as Record<string, unknown>,
    };
    const strapi = strapiWith({ 'api::article.article': article, 'plugin::commune-tenancy.commune': commune });
    addCommuneKeys(strapi);
    addCommuneKeys(strapi); // idempotent
    expect(article.attributes[COMMUNE_KEY]).toMatchObject({
      type: 'integer',
      writable: false,
      private: true,
      visible: false,
      configurable: false,
    });
    expect((article as { indexes?: unknown[] }).indexes).toEqual([{ name: 'articles_commune_key_idx', columns: ['commune_key'] }]);
    expect(commune.attributes[COMMUNE_KEY]).toBeUndefined();
  });
});
