import type { EditFieldLayout, EditLayout } from '@strapi/content-manager/strapi-admin';
import { COMMUNE_FIELD, withCommuneNameInput } from '../commune-field/commune-field';
import { COVER_PHOTO_FIELD, withCoverPhotoInput } from '../cover-photo/cover-photo-field';

const field = (name: string, attribute: Record<string, unknown>): EditFieldLayout =>
  ({ name, label: name, size: 6, type: attribute.type, attribute }) as unknown as EditFieldLayout;

const layoutOf = (...fields: EditFieldLayout[]): EditLayout =>
  ({ layout: [[fields]], components: {}, metadatas: {}, options: {}, settings: {} }) as unknown as EditLayout;

const customFieldOf = (layout: EditLayout, name: string): unknown =>
  (layout.layout.flat(2).find((item) => item.name === name)?.attribute as { customField?: unknown } | undefined)?.customField;

describe('edit view layout hooks', () => {
  const article = layoutOf(
    field('title', { type: 'string' }),
    field('cover', { type: 'component', component: 'media.figure', repeatable: false }),
    field('gallery', { type: 'component', component: 'media.figure', repeatable: true }),
    field('category', { type: 'relation', relation: 'manyToOne', target: 'api::category.category' }),
    field('commune', { type: 'relation', relation: 'manyToOne', target: 'plugin::commune-tenancy.commune' }),
  );

  it('draws a single figure (the cover) with the one-step photo input, and nothing else', () => {
    const { layout, query } = withCoverPhotoInput({ layout: article, query: { page: 1 } });
    expect(query).toEqual({ page: 1 });
    expect(customFieldOf(layout, 'cover')).toBe(COVER_PHOTO_FIELD);
    for (const name of ['title', 'gallery', 'category', 'commune']) expect(customFieldOf(layout, name)).toBeUndefined();
    expect(customFieldOf(article, 'cover')).toBeUndefined(); // the layout Strapi handed in is left alone
  });

  it('draws the commune field by its name, and no other relation', () => {
    const { layout } = withCommuneNameInput({ layout: article, query: {} });
    expect(customFieldOf(layout, 'commune')).toBe(COMMUNE_FIELD);
    for (const name of ['title', 'cover', 'gallery', 'category']) expect(customFieldOf(layout, name)).toBeUndefined();
  });
});
