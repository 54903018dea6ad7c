/**
 * Strapi "blocks" rich text, as the BFF hands it to the pages after normalising it
 * (server/utils/content.ts drops anything that does not fit these shapes).
 */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  children: InlineNode[];
}

export interface ListItemBlock {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  /** Strapi nests a list inside a list for indented items. */
  children: (ListItemBlock | ListBlock)[];
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export interface CodeBlock {
  type: 'code';
  children: TextNode[];
}

export interface BlockImage {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
}

export interface ImageBlock {
  type: 'image';
  image: BlockImage;
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | CodeBlock | ImageBlock;
