import { canonicalContent, contentHash, countPhotos, deepPopulate, stableStringify, type ModelLike } from '../content';

const figure: ModelLike = { attributes: { image: { type: 'media' }, alt: { type: 'string' }, caption: { type: 'string' } } };
const article: ModelLike = {
  attributes: {
    title: { type: 'string' },
    body: { type: 'blocks' },
    cover: { type: 'component', component: 'media.figure' },
    gallery: { type: 'component', component: 'media.figure' },
    category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
    updatedAt: { type: 'datetime' },
  },
};
const getModel = (uid: string): ModelLike | undefined => (uid === 'media.figure' ? figure : undefined);

const row = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 7,
  documentId: 'abc',
  title: 'Hội nghị',
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] },
    { type: 'image', image: { url: '/a.jpg' }, children: [] },
  ],
  cover: { id: 3, image: { id: 11, url: '/c.jpg' }, alt: 'Ảnh bìa', caption: null },
  gallery: [{ id: 4, image: { id: 12 }, alt: 'Ảnh 1', caption: null }],
  category: { id: 2, documentId: 'cat' },
  updatedAt: '2026-11-22T00:00:00Z',
  ...overrides,
});

describe('the approved-content fingerprint', () => {
  it('ignores ids, timestamps and component row ids, which change without anyone changing the content', () => {
    const a = contentHash(canonicalContent(row(), article, getModel));
    const b = contentHash(
      canonicalContent(
        row({ id: 99, updatedAt: '2027-01-01T00:00:00Z', cover: { id: 55, image: { id: 11 }, alt: 'Ảnh bìa', caption: null } }),
        article,
        getModel,
      ),
    );
    expect(a).toBe(b);
  });

  it('changes when the text, a picture, an alt text or a relation changes', () => {
    const base = contentHash(canonicalContent(row(), article, getModel));
    expect(contentHash(canonicalContent(row({ title: 'Hội nghị (sửa)' }), article, getModel))).not.toBe(base);
    expect(
      contentHash(canonicalContent(row({ gallery: [{ id: 4, image: { id: 13 }, alt: 'Ảnh 1', caption: null }] }), article, getModel)),
    ).not.toBe(base);
    expect(
      contentHash(canonicalContent(row({ cover: { id: 3, image: { id: 11 }, alt: 'Ảnh khác', caption: null } }), article, getModel)),
    ).not.toBe(base);
    expect(contentHash(canonicalContent(row({ category: { id: 5, documentId: 'other' } }), article, getModel))).not.toBe(base);
  });

  it('writes JSON with sorted keys', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('populates components deeply and relations by documentId', () => {
    expect(deepPopulate(article, getModel)).toEqual({
      cover: { populate: { image: { select: ['id'] } } },
      gallery: { populate: { image: { select: ['id'] } } },
      category: { select: ['documentId'] },
    });
  });

  it('counts the cover, the gallery and the images in the body as photos', () => {
    expect(countPhotos(canonicalContent(row(), article, getModel))).toBe(3);
    expect(countPhotos(canonicalContent(row({ cover: null, gallery: [], body: [] }), article, getModel))).toBe(0);
  });
});
