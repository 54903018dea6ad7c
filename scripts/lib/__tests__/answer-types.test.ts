/**
 * The site's Strapi answer types are generated from the schemas (scripts/lib/answer-types.ts):
 * the committed file must be what the generator writes today, or a schema change would not reach
 * the site's type-check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANSWER_TYPES_COMMAND, ANSWER_TYPES_FILE, readAnswerSchemas, renderAnswerTypes, type AnswerSchemas } from '../answer-types';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('the committed answer types', () => {
  it('are what the schemas generate', () => {
    const committed = readFileSync(path.join(repoRoot, ANSWER_TYPES_FILE), 'utf8');
    const generated = renderAnswerTypes(readAnswerSchemas(repoRoot));
    if (committed !== generated) {
      throw new Error(`${ANSWER_TYPES_FILE} is stale: run \`${ANSWER_TYPES_COMMAND}\` and commit the result`);
    }
  });

  it('cover every content type of the CMS and the commune', () => {
    const schemas = readAnswerSchemas(repoRoot);
    expect(Object.keys(schemas.contentTypes)).toEqual(expect.arrayContaining(['api::article.article', 'plugin::commune-tenancy.commune']));
    expect(Object.keys(schemas.contentTypes)).not.toContain('plugin::commune-tenancy.membership');
    expect(Object.keys(schemas.components)).toContain('media.figure');
  });
});

describe('the mapping rules', () => {
  const fixture: AnswerSchemas = {
    contentTypes: {
      'api::post.post': {
        kind: 'collectionType',
        info: { singularName: 'post', pluralName: 'posts' },
        options: { draftAndPublish: true },
        pluginOptions: { i18n: { localized: true } },
        attributes: {
          title: { type: 'string' },
          secret: { type: 'string', private: true },
          status: { type: 'enumeration', enum: ['draft', "it's out"] },
          views: { type: 'biginteger' },
          body: { type: 'blocks' },
          links: { type: 'component', repeatable: true, component: 'shared.link' },
          hero: { type: 'component', repeatable: false, component: 'shared.link' },
          sections: { type: 'dynamiczone', components: ['shared.quote', 'shared.link'] },
          tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
          author: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
          photos: { type: 'media', multiple: true },
          cover: { type: 'media', multiple: false },
        },
      },
      'api::tag.tag': {
        kind: 'collectionType',
        info: { singularName: 'tag', pluralName: 'tags' },
        attributes: { name: { type: 'string' }, posts: { type: 'relation', relation: 'manyToMany', target: 'api::post.post' } },
      },
    },
    components: {
      'shared.link': { attributes: { url: { type: 'string' }, hidden: { type: 'boolean', private: true } } },
      'shared.quote': { attributes: { text: { type: 'text' } } },
    },
  };
  const output = renderAnswerTypes(fixture);
  /** The body of one generated interface. */
  const body = (name: string): string => {
    const match = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(output);
    if (!match?.[1]) throw new Error(`no interface ${name} in:\n${output}`);
    return match[1];
  };

  it('leaves private attributes out', () => {
    expect(body('PostAnswer')).not.toContain('secret');
    expect(body('SharedLinkComponent')).not.toContain('hidden');
  });

  it('writes enumerations as unions of their values, quotes escaped', () => {
    expect(body('PostAnswer')).toContain(`  status?: 'draft' | 'it\\'s out' | null;`);
  });

  it('writes components, repeatable ones as arrays, and dynamic zones as tagged unions', () => {
    expect(body('PostAnswer')).toContain('  links?: SharedLinkComponent[] | null;');
    expect(body('PostAnswer')).toContain('  hero?: SharedLinkComponent | null;');
    expect(body('PostAnswer')).toContain(
      "  sections?: ((SharedLinkComponent & { __component: 'shared.link' }) | (SharedQuoteComponent & { __component: 'shared.quote' }))[] | null;",
    );
  });

  it('writes relations as the related answer, to-many ones as arrays; unseen targets stay opaque', () => {
    expect(body('PostAnswer')).toContain('  tags?: TagAnswer[] | null;');
    expect(body('TagAnswer')).toContain('  posts?: PostAnswer[] | null;');
    expect(body('PostAnswer')).toContain('  author?: unknown;');
  });

  it('writes media as the upload file, multiple ones as arrays', () => {
    expect(body('PostAnswer')).toContain('  photos?: UploadFileAnswer[] | null;');
    expect(body('PostAnswer')).toContain('  cover?: UploadFileAnswer | null;');
  });

  it('adds what Strapi adds: documentId always, locale on localized types', () => {
    expect(body('PostAnswer')).toContain('  documentId: string;');
    expect(body('PostAnswer')).toContain('  locale?: string | null;');
    expect(body('TagAnswer')).not.toContain('locale');
    expect(body('SharedLinkComponent')).not.toContain('documentId');
    expect(body('PostAnswer')).toContain('  views?: string | number | null;');
    expect(body('PostAnswer')).toContain('  body?: unknown;');
  });

  it('is sorted, so that the same schemas always give the same bytes', () => {
    const names = [...output.matchAll(/^export interface (\w+)/gm)].map((match) => match[1] ?? '');
    const generated = names.filter((name) => name !== 'UploadFileFormat' && name !== 'UploadFileAnswer');
    expect(generated).toEqual([...generated].sort());
    const fields = [...body('PostAnswer').matchAll(/^ {2}(\w+)\??:/gm)].map((match) => match[1] ?? '');
    expect(fields).toEqual([...fields].sort());
    const reversed: AnswerSchemas = {
      contentTypes: Object.fromEntries(Object.entries(fixture.contentTypes).reverse()),
      components: Object.fromEntries(Object.entries(fixture.components).reverse()),
    };
    expect(renderAnswerTypes(reversed)).toBe(output);
  });

  it('breaks a union too long for one line the way Prettier does', () => {
    const values = Array.from({ length: 12 }, (_, index) => `a rather long enumeration value ${index}`);
    const long = renderAnswerTypes({
      contentTypes: {
        'api::long.long': {
          kind: 'collectionType',
          info: { singularName: 'long', pluralName: 'longs' },
          attributes: { kind: { type: 'enumeration', enum: values } },
        },
      },
      components: {},
    });
    expect(long).toContain(`  kind?:\n    | 'a rather long enumeration value 0'\n`);
    expect(long).toContain(`    | 'a rather long enumeration value 11'\n    | null;\n`);
  });
});
