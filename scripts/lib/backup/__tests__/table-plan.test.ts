import { COMMUNE_UID } from '../../../../plugins/commune-tenancy/shared/uids';
import { planCommuneTables, uncoveredTables, type CatalogTable, type ModelInfo } from '../table-plan';

const link = (name: string, joinColumn: string, inverse: string) => ({
  name,
  joinColumn: { name: joinColumn },
  inverseJoinColumn: { name: inverse },
});

/** A small platform in Strapi's metadata shape: articles with a component that holds a component, files, a log. */
const MODELS: ModelInfo[] = [
  { uid: COMMUNE_UID, kind: 'content-type', tableName: 'communes', columns: ['id', 'slug'], relations: [] },
  {
    uid: 'api::article.article',
    kind: 'content-type',
    tableName: 'articles',
    columns: ['id', 'document_id', 'commune_key'],
    relations: [
      { name: 'commune', relation: 'manyToOne', target: COMMUNE_UID, joinTable: link('articles_commune_lnk', 'article_id', 'commune_id') },
      {
        name: 'category',
        relation: 'manyToOne',
        target: 'api::category.category',
        joinTable: link('articles_category_lnk', 'article_id', 'category_id'),
      },
      {
        name: 'cover',
        relation: 'oneToOne',
        target: 'media.figure',
        joinTable: { ...link('articles_cmps', 'entity_id', 'cmp_id'), on: { field: 'cover' } },
      },
    ],
  },
  {
    uid: 'api::category.category',
    kind: 'content-type',
    tableName: 'categories',
    columns: ['id'],
    relations: [
      {
        name: 'commune',
        relation: 'manyToOne',
        target: COMMUNE_UID,
        joinTable: link('categories_commune_lnk', 'category_id', 'commune_id'),
      },
    ],
  },
  {
    uid: 'media.figure',
    kind: 'component',
    tableName: 'components_media_figures',
    columns: ['id'],
    relations: [
      {
        name: 'credit',
        relation: 'oneToOne',
        target: 'media.credit',
        joinTable: { ...link('components_media_figures_cmps', 'entity_id', 'cmp_id'), on: { field: 'credit' } },
      },
    ],
  },
  { uid: 'media.credit', kind: 'component', tableName: 'components_media_credits', columns: ['id'], relations: [] },
  {
    uid: 'plugin::upload.file',
    kind: 'content-type',
    tableName: 'files',
    columns: ['id', 'url', 'commune_id'],
    relations: [
      {
        name: 'related',
        relation: 'morphToMany',
        target: null,
        joinTable: {
          name: 'files_related_mph',
          joinColumn: { name: 'file_id' },
          morphColumn: { typeColumn: { name: 'related_type' }, idColumn: { name: 'related_id' } },
        },
      },
    ],
  },
  { uid: 'plugin::audit-trail.event', kind: 'content-type', tableName: 'audit_events', columns: ['id', 'commune_id'], relations: [] },
  // Strapi lists link tables among its models too.
  {
    uid: 'articles_commune_lnk',
    kind: 'internal',
    tableName: 'articles_commune_lnk',
    columns: ['id', 'article_id', 'commune_id'],
    relations: [],
  },
];

const table = (name: string, columns: string[]): CatalogTable => ({ name, columns });
const CATALOG: CatalogTable[] = [
  table('communes', ['id', 'slug']),
  table('articles', ['id', 'document_id', 'commune_key']),
  table('articles_commune_lnk', ['id', 'article_id', 'commune_id']),
  table('articles_category_lnk', ['id', 'article_id', 'category_id']),
  table('articles_cmps', ['id', 'entity_id', 'cmp_id', 'component_type', 'field']),
  table('categories', ['id']),
  table('categories_commune_lnk', ['id', 'category_id', 'commune_id']),
  table('components_media_figures', ['id']),
  table('components_media_figures_cmps', ['id', 'entity_id', 'cmp_id', 'component_type', 'field']),
  table('components_media_credits', ['id']),
  table('files', ['id', 'url', 'commune_id']),
  table('files_related_mph', ['id', 'file_id', 'related_id', 'related_type']),
  table('audit_events', ['id', 'commune_id']),
  table('portal_search_entries', ['id', 'commune_id', 'title']),
  table('admin_users', ['id']),
];

describe('the commune restore table plan', () => {
  const plan = planCommuneTables(MODELS, CATALOG);
  const rule = (name: string) => plan.rules.find((entry) => entry.table === name);

  it('derives every commune-scoped table from the model metadata and the catalog', () => {
    expect(plan.rules.map((entry) => `${entry.table}:${entry.role}`).sort()).toEqual(
      [
        'articles:entity',
        'categories:entity',
        'files:entity',
        'components_media_figures:component',
        'components_media_credits:component',
        'articles_commune_lnk:link',
        'articles_category_lnk:link',
        'articles_cmps:link',
        'categories_commune_lnk:link',
        'components_media_figures_cmps:link',
        'files_related_mph:morph',
        'portal_search_entries:sql',
      ].sort(),
    );
    expect(plan.keptLive.map((entry) => entry.table).sort()).toEqual(['audit_events', 'communes']);
    expect(uncoveredTables(plan, CATALOG, MODELS)).toEqual([]);
  });

  it('selects rows through the links, nested components and both sides of a polymorphic link', () => {
    expect(rule('articles')?.where).toBe('id IN (SELECT "article_id" FROM "articles_commune_lnk" WHERE "commune_id" = $1)');
    expect(rule('files')?.where).toBe('commune_id = $1');
    expect(rule('components_media_credits')?.where).toContain(
      `component_type = 'media.credit' AND "entity_id" IN (SELECT id FROM "components_media_figures" WHERE id IN (SELECT "cmp_id" FROM "articles_cmps"`,
    );
    const morph = rule('files_related_mph')?.where ?? '';
    expect(morph).toContain('"file_id" IN (SELECT id FROM "files" WHERE commune_id = $1)');
    expect(morph).toContain(`("related_type" = 'api::article.article' AND "related_id" IN (SELECT id FROM "articles"`);
    expect(morph).toContain(`("related_type" = '${COMMUNE_UID}' AND "related_id" = $1)`);
  });

  it('reports a new commune-scoped table that no rule covers', () => {
    const catalog = [...CATALOG, table('notes_commune_lnk', ['id', 'note_id', 'commune_id']), table('quotas', ['id', 'commune_key'])];
    // A new SQL table with a commune_id column is restored by that column; one keyed otherwise is reported.
    const extended = planCommuneTables(MODELS, catalog);
    expect(extended.rules.find((entry) => entry.table === 'notes_commune_lnk')).toMatchObject({ role: 'sql', where: 'commune_id = $1' });
    expect(uncoveredTables(extended, catalog, MODELS)).toEqual(['quotas']);
    // A link table of a restored model that the plan lost is reported too.
    const lossy = { ...plan, rules: plan.rules.filter((entry) => entry.table !== 'articles_category_lnk') };
    expect(uncoveredTables(lossy, CATALOG, MODELS)).toEqual(['articles_category_lnk']);
  });

  it('refuses identifiers it would have to quote', () => {
    const bad: ModelInfo = {
      uid: 'api::x.x',
      kind: 'content-type',
      tableName: 'x"; DROP TABLE files; --',
      columns: ['commune_id'],
      relations: [],
    };
    expect(() => planCommuneTables([...MODELS, bad], [...CATALOG, table(bad.tableName, ['id', 'commune_id'])])).toThrow(
      /Unexpected identifier/,
    );
  });
});
