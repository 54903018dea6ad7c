/**
 * A Markdown file with YAML front matter: `---`, the YAML, `---`, a blank line, the body.
 */
import YAML from 'yaml';

export interface FrontMatterFile {
  /** The parsed YAML, to be validated by the caller. */
  data: unknown;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

const PATTERN = /^---\n([\s\S]*?\n)---\n(?:\n)?([\s\S]*)$/u;

/** Splits `text`; throws an Error saying what is wrong (the caller adds the file's name). */
export function splitFrontMatter(text: string): FrontMatterFile {
  const match = PATTERN.exec(text.replace(/\r\n?/gu, '\n'));
  if (!match) throw new Error('expected YAML front matter between two "---" lines at the start of the file');
  const [whole = '', yaml = '', body = ''] = match;
  const bodyLine = whole.slice(0, whole.length - body.length).split('\n').length;
  return { data: parseYaml(yaml), body: body.replace(/\n+$/u, ''), bodyLine };
}

/** YAML 1.2 (core schema: dates stay strings), with the first error's message and position. */
export function parseYaml(text: string): unknown {
  const document = YAML.parseDocument(text, { prettyErrors: true });
  const [error] = document.errors;
  if (error) throw new Error(`invalid YAML: ${error.message}`);
  return document.toJSON() as unknown;
}
