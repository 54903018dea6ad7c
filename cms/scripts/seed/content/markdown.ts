/**
 * The Markdown subset the demo content's rich text is written in, read into `SeedRichText`:
 * blocks separated by blank lines; a block is a `## ` heading (one line), a list (every line
 * `- ` and an item) or a paragraph (one line). Text is taken as it is: there is no inline
 * markup, and characters Markdown would read as such (`*`, `_`, backquotes, links, HTML) are
 * refused, as is anything else Markdown would read differently (other headings, `*` or numbered
 * lists, quotes, code, tables, indented or wrapped lines), so that what a reader of the file
 * sees is what the seed writes.
 */
import type { SeedRichText } from '../types';

export class MarkdownError extends Error {
  constructor(
    message: string,
    /** 1-based line of the Markdown text. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'MarkdownError';
  }
}

/** Starts of a line (or of a list item) that Markdown reads as something this subset does not define. */
const BLOCK_STARTS: ReadonlyArray<[RegExp, string]> = [
  [/^#/u, 'only "## " headings are supported'],
  [/^[*+](\s|$)/u, 'lists are written with "- "'],
  [/^-(\s|$)/u, 'a list item is "- " followed by its text'],
  [/^\d+[.)](\s|$)/u, 'numbered lists are not supported'],
  [/^>/u, 'block quotes are not supported'],
  [/^(```|~~~)/u, 'code blocks are not supported'],
  [/^\|/u, 'tables are not supported'],
  [/^</u, 'HTML is not supported'],
  [/^([-*_=])\1\1/u, 'rules and setext headings are not supported'],
];

/** What is refused anywhere in a text: white space Markdown reads, and inline markup. */
const IN_TEXT: ReadonlyArray<[RegExp, string]> = [
  [/^\s/u, 'a line must not start with white space (Markdown reads it as code or a continuation)'],
  [/\s$/u, 'a line must not end with white space (Markdown reads two spaces as a line break)'],
  [/[*_`\\<]|\]\(/u, 'inline markup (emphasis, code, links, HTML, escapes) is not supported'],
];

function unsupported(text: string, patterns: ReadonlyArray<[RegExp, string]> = [...BLOCK_STARTS, ...IN_TEXT]): string | undefined {
  return patterns.find(([pattern]) => pattern.test(text))?.[1];
}

/** Reads `markdown` (the subset above) into rich text; throws MarkdownError naming the line. */
export function parseRichText(markdown: string): SeedRichText {
  const lines = markdown.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: Array<{ start: number; lines: string[] }> = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (line !== '') throw new MarkdownError('a blank line must be empty', index + 1);
      return;
    }
    const previous = blocks[blocks.length - 1];
    if (previous && index > 0 && lines[index - 1] !== '') previous.lines.push(line);
    else blocks.push({ start: index + 1, lines: [line] });
  });
  if (blocks.length === 0) throw new MarkdownError('the text is empty', 1);
  return blocks.map(({ start, lines: block }) => {
    const [first = ''] = block;
    if (first.startsWith('## ')) {
      if (block.length > 1) throw new MarkdownError('a heading is one line, followed by a blank line', start + 1);
      const heading = first.slice(3);
      const problem = heading === '' ? 'the heading is empty' : unsupported(heading, IN_TEXT);
      if (problem) throw new MarkdownError(problem, start);
      return { heading };
    }
    if (first.startsWith('- ')) {
      return {
        list: block.map((line, offset) => {
          if (!line.startsWith('- ')) throw new MarkdownError('every line of a list starts with "- "', start + offset);
          const item = line.slice(2);
          const problem = item === '' ? 'the list item is empty' : unsupported(item);
          if (problem) throw new MarkdownError(problem, start + offset);
          return item;
        }),
      };
    }
    const problem = unsupported(first);
    if (problem) throw new MarkdownError(problem, start);
    if (block.length > 1) throw new MarkdownError('a paragraph is one line; separate paragraphs with a blank line', start + 1);
    return first;
  });
}
