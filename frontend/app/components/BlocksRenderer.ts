/**
 * Renders Strapi "blocks" rich text (already normalised by the BFF) to semantic HTML with
 * render functions. Text is always a text node: no v-html, no HTML from the editor.
 */
import { defineComponent, h, type PropType, type VNode, type VNodeArrayChildren } from 'vue';
import type { Block, InlineNode, ListBlock, TextNode } from '#shared/types/blocks';

function renderText(node: TextNode): VNode | string {
  let content: VNode | string = node.text;
  if (node.code) content = h('code', content);
  if (node.bold) content = h('strong', content);
  if (node.italic) content = h('em', content);
  if (node.underline) content = h('u', content);
  if (node.strikethrough) content = h('s', content);
  return content;
}

function renderInline(nodes: InlineNode[]): VNodeArrayChildren {
  return nodes.map((node) => {
    if (node.type === 'text') return renderText(node);
    const href = safeHref(node.url);
    const children = node.children.map(renderText);
    return href ? h('a', { href }, children) : h('span', children);
  });
}

/** HTML wants a nested list inside an `<li>`; Strapi puts it next to the items. */
function renderList(list: ListBlock): VNode {
  const items: VNodeArrayChildren[] = [];
  for (const child of list.children) {
    if (child.type === 'list-item') {
      items.push(renderInline(child.children));
      continue;
    }
    const nested = renderList(child);
    const previous = items.at(-1);
    if (previous) previous.push(nested);
    else items.push([nested]);
  }
  return h(
    list.format === 'ordered' ? 'ol' : 'ul',
    items.map((children) => h('li', children)),
  );
}

function renderBlock(block: Block): VNode {
  switch (block.type) {
    case 'paragraph':
      return h('p', renderInline(block.children));
    case 'heading':
      // The page title is the only h1.
      return h(`h${Math.max(2, block.level)}`, renderInline(block.children));
    case 'list':
      return renderList(block);
    case 'quote':
      return h('blockquote', [h('p', renderInline(block.children))]);
    case 'code':
      return h('pre', [h('code', block.children.map((node) => node.text).join(''))]);
    case 'image':
      return h('figure', { class: 'blocks-image' }, [
        h('img', {
          src: block.image.url,
          alt: block.image.alternativeText ?? '',
          width: block.image.width ?? undefined,
          height: block.image.height ?? undefined,
          loading: 'lazy',
          decoding: 'async',
        }),
      ]);
  }
}

export default defineComponent({
  name: 'BlocksRenderer',
  props: {
    blocks: { type: Array as PropType<Block[]>, required: true },
  },
  setup(props) {
    return () => h('div', { class: 'blocks' }, props.blocks.map(renderBlock));
  },
});
