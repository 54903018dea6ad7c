/**
 * The security rules handed to communes (docs/security-rules.vi.md) and the user guide
 * (docs/guide/*.vi.md) are Markdown files read in the repository and shown in the admin. They use
 * a small subset of Markdown on purpose (headings, paragraphs, lists, bold, code, pictures), so
 * this reader stays a page long and the admin needs no Markdown library.
 */

/**
 * A run of text, bold or code where the author marked it, or a picture: `![caption](name)`, where
 * name is a screenshot's file name without `.png`. A picture is inline, not a block, so that a
 * picture indented under a numbered step stays part of that step (and the numbering goes on).
 */
export type Inline = { kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'image'; text: string; name: string };

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** Splits `**bold**`, `` `code` `` and `![caption](name)` out of a line; anything unmatched stays plain text. */
export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`|!\[([^\]]+)\]\(([\w.-]+)\)/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: line.slice(last, match.index) });
    if (match[1] !== undefined) parts.push({ kind: 'strong', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'code', text: match[2] });
    else parts.push({ kind: 'image', text: (match[3] ?? '').trim(), name: match[4] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ kind: 'text', text: line.slice(last) });
  return parts;
}

const ORDERED_ITEM = /^\d+\.\s+/;
const UNORDERED_ITEM = /^-\s+/;

export function parseRules(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };

  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('## ')) {
      flush();
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
      continue;
    }
    if (line.startsWith('# ')) {
      flush();
      blocks.push({ kind: 'title', text: line.slice(2).trim() });
      continue;
    }
    const ordered = ORDERED_ITEM.test(line);
    if (ordered || UNORDERED_ITEM.test(line)) {
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(line.replace(ordered ? ORDERED_ITEM : UNORDERED_ITEM, '')));
      continue;
    }
    // A line that continues a list item (wrapped text) belongs to the item, not a new paragraph.
    const lastItem = list?.items.at(-1);
    if (lastItem) {
      // A picture under a step needs no separating space; wrapped words do.
      lastItem.push(...parseInline(line.startsWith('![') ? line : ` ${line}`));
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}
