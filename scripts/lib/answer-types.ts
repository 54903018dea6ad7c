/**
 * The TypeScript shapes of Strapi's REST answers, generated from the content-type and component
 * schemas, so that a schema change shows up as a type error in the site's server code
 * (frontend/server/types/strapi-answers.generated.ts; `npm run types:answers`).
 *
 * Pure but for reading the schemas: the unit test renders in memory and compares with the
 * committed file. The output is written Prettier-clean (.prettierrc.json: 140 columns, single
 * quotes) rather than run through Prettier, whose ESM-only API Jest's CommonJS lane cannot load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ANSWER_TYPES_FILE = path.join('frontend', 'server', 'types', 'strapi-answers.generated.ts');
export const ANSWER_TYPES_COMMAND = 'npm run types:answers';

/**
 * Our plugins' content types the public site reads. The others (memberships, the editorial
 * board's workflows, events and change log) have no public route: the site never sees them.
 */
export const PUBLIC_PLUGIN_TYPES: readonly string[] = ['plugin::commune-tenancy.commune'];

export interface SchemaAttribute {
  type: string;
  private?: boolean;
  enum?: string[];
  multiple?: boolean;
  repeatable?: boolean;
  component?: string;
  components?: string[];
  relation?: string;
  target?: string;
}

export interface ContentTypeSchema {
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, SchemaAttribute>;
}

export interface ComponentSchema {
  attributes: Record<string, SchemaAttribute>;
}

export interface AnswerSchemas {
  /** By uid: `api::article.article`, `plugin::commune-tenancy.commune`. */
  contentTypes: Record<string, ContentTypeSchema>;
  /** By uid: `media.figure`. */
  components: Record<string, ComponentSchema>;
}

const PRINT_WIDTH = 140;
const MEDIA_TYPE = 'UploadFileAnswer';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function subdirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every schema the public site can see: the CMS's content types and components, and PUBLIC_PLUGIN_TYPES. */
export function readAnswerSchemas(repoRoot: string): AnswerSchemas {
  const contentTypes: Record<string, ContentTypeSchema> = {};
  const apiDir = path.join(repoRoot, 'cms', 'src', 'api');
  for (const api of subdirectories(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    for (const name of subdirectories(typesDir)) {
      const file = path.join(typesDir, name, 'schema.json');
      if (existsSync(file)) contentTypes[`api::${api}.${name}`] = readJson<ContentTypeSchema>(file);
    }
  }
  for (const uid of PUBLIC_PLUGIN_TYPES) {
    const match = /^plugin::([a-z-]+)\.([a-z-]+)$/.exec(uid);
    if (!match) throw new Error(`not a plugin content-type uid: ${uid}`);
    const [, plugin = '', name = ''] = match;
    contentTypes[uid] = readJson<ContentTypeSchema>(
      path.join(repoRoot, 'plugins', plugin, 'server', 'src', 'content-types', name, 'schema.json'),
    );
  }
  const components: Record<string, ComponentSchema> = {};
  const componentsDir = path.join(repoRoot, 'cms', 'src', 'components');
  for (const category of subdirectories(componentsDir)) {
    for (const file of readdirSync(path.join(componentsDir, category)).sort()) {
      if (file.endsWith('.json'))
        components[`${category}.${file.slice(0, -'.json'.length)}`] = readJson<ComponentSchema>(path.join(componentsDir, category, file));
    }
  }
  return { contentTypes, components };
}

function pascal(words: string): string {
  return words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `api::article.article` → ArticleAnswer; `plugin::commune-tenancy.commune` → CommuneAnswer. */
export function contentTypeName(uid: string, schema: ContentTypeSchema): string {
  return `${pascal(schema.info.singularName || uid)}Answer`;
}

/** `media.figure` → MediaFigureComponent. */
export function componentName(uid: string): string {
  return `${pascal(uid)}Component`;
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'morphToMany', 'manyWay']);

/** The TypeScript union members of one attribute (without the `| null` every nullable field gets). */
function attributeMembers(attribute: SchemaAttribute, names: Map<string, string>): { members: string[]; nullable: boolean } {
  const list = (type: string) => ({ members: [`${type}[]`], nullable: true });
  const one = (type: string) => ({ members: [type], nullable: true });
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
    case 'date':
    case 'datetime':
    case 'time':
    case 'timestamp':
      return one('string');
    case 'integer':
    case 'float':
      return one('number');
    // PostgreSQL's numeric and bigint reach Strapi's answer as strings, other databases' as numbers.
    case 'decimal':
    case 'biginteger':
      return { members: ['string', 'number'], nullable: true };
    case 'boolean':
      return one('boolean');
    case 'enumeration':
      return { members: (attribute.enum ?? []).map(quote), nullable: true };
    case 'media':
      return attribute.multiple ? list(MEDIA_TYPE) : one(MEDIA_TYPE);
    case 'component': {
      const name = names.get(attribute.component ?? '');
      if (!name) return { members: ['unknown'], nullable: false };
      return attribute.repeatable ? list(name) : one(name);
    }
    case 'dynamiczone': {
      const variants = (attribute.components ?? [])
        .filter((uid) => names.has(uid))
        .sort()
        .map((uid) => `(${names.get(uid)} & { __component: ${quote(uid)} })`);
      return variants.length > 0 ? list(`(${variants.join(' | ')})`) : { members: ['unknown'], nullable: false };
    }
    case 'relation': {
      const name = names.get(attribute.target ?? '');
      // A relation to a type the site cannot see (an admin user, a polymorphic morph) stays opaque.
      if (!name) return { members: ['unknown'], nullable: false };
      return TO_MANY.has(attribute.relation ?? '') ? list(name) : one(name);
    }
    default:
      // json, blocks, customField: whatever was stored; the site's mappers check its shape.
      return { members: ['unknown'], nullable: false };
  }
}

interface Field {
  name: string;
  optional: boolean;
  members: string[];
  /** Why the field is there when it is not an attribute of the schema. */
  comment?: string;
}

/**
 * One property the way Prettier prints it: on one line when it fits in the print width,
 * otherwise a union with one member a line.
 */
function renderField(field: Field): string[] {
  const head = `  ${field.name}${field.optional ? '?' : ''}:`;
  const lines: string[] = field.comment ? [`  /** ${field.comment} */`] : [];
  const single = `${head} ${field.members.join(' | ')};`;
  if (single.length <= PRINT_WIDTH || field.members.length === 1) return [...lines, single];
  return [...lines, head, ...field.members.map((member, index) => `    | ${member}${index === field.members.length - 1 ? ';' : ''}`)];
}

function attributeFields(attributes: Record<string, SchemaAttribute>, names: Map<string, string>): Field[] {
  return Object.entries(attributes)
    .filter(([, attribute]) => !attribute.private && attribute.type !== 'password')
    .map(([name, attribute]) => {
      const { members, nullable } = attributeMembers(attribute, names);
      return { name, optional: true, members: nullable ? [...members, 'null'] : members };
    });
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function renderInterface(doc: string, name: string, fields: Field[]): string[] {
  return [`/** ${doc} */`, `export interface ${name} {`, ...fields.sort(byName).flatMap(renderField), '}', ''];
}

/**
 * Strapi's `plugin::upload.file` as a populated media field answers it. Written by hand once:
 * its schema lives in @strapi/upload, not in this repository, and does not change with ours.
 */
const UPLOAD_FILE_TYPES = `/** One entry of an image's \`formats\` (thumbnail, small, medium, large): a resized copy. */
export interface UploadFileFormat {
  ext?: string | null;
  hash?: string | null;
  height?: number | null;
  mime?: string | null;
  name?: string | null;
  path?: string | null;
  /** Kilobytes with decimals. */
  size?: number | null;
  sizeInBytes?: number | null;
  url?: string | null;
  width?: number | null;
}

/** plugin::upload.file — a populated media field (Strapi's upload plugin; written by hand in the generator). */
export interface UploadFileAnswer {
  alternativeText?: string | null;
  caption?: string | null;
  createdAt?: string | null;
  documentId: string;
  ext?: string | null;
  formats?: Partial<Record<string, UploadFileFormat | null>> | null;
  hash?: string | null;
  height?: number | null;
  id?: number;
  mime?: string | null;
  name?: string | null;
  previewUrl?: string | null;
  provider?: string | null;
  provider_metadata?: unknown;
  publishedAt?: string | null;
  /** Kilobytes with decimals, as Strapi stores it. */
  size?: number | null;
  updatedAt?: string | null;
  url?: string | null;
  width?: number | null;
}
`;

/** The whole generated file. Sorted by type and field name, so a regeneration is byte-stable. */
export function renderAnswerTypes(schemas: AnswerSchemas): string {
  const names = new Map<string, string>();
  for (const [uid, schema] of Object.entries(schemas.contentTypes)) names.set(uid, contentTypeName(uid, schema));
  for (const uid of Object.keys(schemas.components)) names.set(uid, componentName(uid));
  names.set('plugin::upload.file', MEDIA_TYPE);
  const taken = new Map<string, string>();
  for (const [uid, name] of names) {
    const other = taken.get(name);
    if (other) throw new Error(`${uid} and ${other} would both be named ${name}`);
    taken.set(name, uid);
  }

  const blocks: { name: string; lines: string[] }[] = [];
  for (const [uid, schema] of Object.entries(schemas.contentTypes)) {
    const name = names.get(uid) ?? '';
    const fields = attributeFields(schema.attributes, names);
    // What Strapi adds to every entry. createdBy and updatedBy are private: never in an answer.
    const system: Field[] = [
      { name: 'documentId', optional: false, members: ['string'] },
      { name: 'id', optional: true, members: ['number'] },
      { name: 'createdAt', optional: true, members: ['string', 'null'] },
      { name: 'updatedAt', optional: true, members: ['string', 'null'] },
      { name: 'publishedAt', optional: true, members: ['string', 'null'] },
    ];
    if (schema.pluginOptions?.i18n?.localized) system.push({ name: 'locale', optional: true, members: ['string', 'null'] });
    const endpoint = schema.kind === 'singleType' ? schema.info.singularName : schema.info.pluralName;
    // A plugin's type is read through its relations and the plugin's own routes, not /api/<plural>.
    const doc = uid.startsWith('api::') ? `${uid} — \`GET /api/${endpoint}\`.` : `${uid} — as a populated relation answers it.`;
    const taken = new Set(fields.map((field) => field.name));
    blocks.push({
      name,
      lines: renderInterface(doc, name, [...fields, ...system.filter((field) => !taken.has(field.name))]),
    });
  }
  for (const [uid, schema] of Object.entries(schemas.components)) {
    const name = names.get(uid) ?? '';
    const fields = attributeFields(schema.attributes, names);
    if (!fields.some((field) => field.name === 'id')) fields.push({ name: 'id', optional: true, members: ['number'] });
    blocks.push({ name, lines: renderInterface(`Component ${uid}.`, name, fields) });
  }

  const header = [
    '/**',
    ' * GENERATED FILE, do not edit: `' + ANSWER_TYPES_COMMAND + '` (scripts/generate-answer-types.ts) writes it from',
    ' * the schemas in cms/src/api/<api>/content-types/<type>/schema.json, cms/src/components/<category>/',
    ' * and the plugin types the site reads (scripts/lib/answer-types.ts, PUBLIC_PLUGIN_TYPES).',
    ' *',
    ' * Strapi 5 REST answers: flat entries with `documentId`, no `attributes` wrapper. Every attribute is',
    ' * optional (it is only there when selected or populated) and may be null; private attributes are',
    ' * left out, as Strapi never answers them. The site derives its narrower row types from these',
    ' * (frontend/server/types/strapi-answer.ts).',
    ' */',
    '',
  ];
  return [...header, UPLOAD_FILE_TYPES, ...blocks.sort(byName).flatMap((block) => block.lines)].join('\n');
}

/**
 * Renders and writes the file only when its content differs: the build calls this beside a
 * running type-check, and a file rewritten under a running tsc made it fail before.
 */
export async function writeAnswerTypes(repoRoot: string): Promise<{ file: string; changed: boolean }> {
  const file = path.join(repoRoot, ANSWER_TYPES_FILE);
  const content = renderAnswerTypes(readAnswerSchemas(repoRoot));
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === content) return { file: ANSWER_TYPES_FILE, changed: false };
  await writeFile(file, content);
  return { file: ANSWER_TYPES_FILE, changed: true };
}
