/**
 * Reading the content files with their schema. A problem is thrown as a ContentError naming the
 * file and, for each issue, where it is: the list item (its index and its slug, code or title)
 * and the field, as the operator running the seed needs to find it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { SeedRichText } from '../types';
import { parseYaml, splitFrontMatter } from './front-matter';
import { MarkdownError, parseRichText } from './markdown';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ContentError';
  }
}

/** What names a list item in a message, besides its index. */
const ITEM_NAMES = ['slug', 'code', 'number', 'title', 'fullName', 'unitName', 'label', 'indicator', 'village', 'path'] as const;

function itemName(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  const key = ITEM_NAMES.find((name) => typeof record[name] === 'string' || typeof record[name] === 'number');
  return key ? `${key} ${JSON.stringify(record[key])}` : undefined;
}

/** `questions[3] (slug "abc").answer`: the path of an issue in the file's data, items named. */
export function describePath(data: unknown, issuePath: ReadonlyArray<PropertyKey>): string {
  let described = '';
  let value: unknown = data;
  for (const key of issuePath) {
    if (typeof key === 'number') {
      value = Array.isArray(value) ? (value[key] as unknown) : undefined;
      const name = itemName(value);
      described += `[${key}]${name ? ` (${name})` : ''}`;
    } else {
      const field = String(key);
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
      described += described === '' ? field : `.${field}`;
    }
  }
  return described === '' ? '(the whole file)' : described;
}

/** `data` checked against `schema`; a ContentError for `file` (as shown in messages) if it fails. */
export function validate<T>(file: string, data: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(
    file,
    result.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
  );
}

/** The file's text, with its path relative to the content folder for messages. */
export interface ContentFile {
  /** Shown in messages: `khanh-khe/documents.yaml`. */
  name: string;
  text: string;
}

export function readContentFile(root: string, relative: string): ContentFile {
  return { name: relative, text: readFileSync(path.join(root, relative), 'utf8') };
}

/** A YAML file read and checked. */
export function readYaml<T>(root: string, relative: string, schema: z.ZodType<T>): T {
  const file = readContentFile(root, relative);
  return validate(
    file.name,
    parseOrFail(file.name, () => parseYaml(file.text)),
    schema,
  );
}

/** A Markdown file's front matter checked, and its body. */
export function readMarkdown<T>(root: string, relative: string, schema: z.ZodType<T>): { data: T; body: SeedRichText } {
  const file = readContentFile(root, relative);
  const { data, body, bodyLine } = parseOrFail(file.name, () => splitFrontMatter(file.text));
  const checked = validate(`${file.name} (front matter)`, data, schema);
  try {
    return { data: checked, body: parseRichText(body) };
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    throw new ContentError(file.name, [`line ${bodyLine + error.line - 1} (body): ${error.message.replace(/^line \d+: /u, '')}`]);
  }
}

function parseOrFail<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ContentError(file, [error instanceof Error ? error.message : String(error)]);
  }
}
