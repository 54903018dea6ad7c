/** Converts the seed's compact rich text into Strapi's "blocks" JSON. */
import type { SeedRichText } from './types';

interface TextNode {
  type: 'text';
  text: string;
}
interface ListItemNode {
  type: 'list-item';
  children: TextNode[];
}
export type BlockNode =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'heading'; level: 2 | 3; children: TextNode[] }
  | { type: 'list'; format: 'unordered'; children: ListItemNode[] };

const text = (value: string): TextNode[] => [{ type: 'text', text: value }];

export function toBlocks(rich: SeedRichText): BlockNode[] {
  return rich.map((item): BlockNode => {
    if (typeof item === 'string') return { type: 'paragraph', children: text(item) };
    if ('heading' in item) return { type: 'heading', level: 2, children: text(item.heading) };
    return { type: 'list', format: 'unordered', children: item.list.map((entry) => ({ type: 'list-item', children: text(entry) })) };
  });
}
