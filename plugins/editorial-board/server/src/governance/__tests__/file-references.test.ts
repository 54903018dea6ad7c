import { fileIdsAt, fileReferences, mediaPopulate, mediaWhere } from '../file-references';
import type { ModelLike } from '../../workflow/content';

const MODELS: Record<string, ModelLike> = {
  'api::article.article': {
    attributes: {
      title: { type: 'string' },
      body: { type: 'blocks' },
      cover: { type: 'component', component: 'media.figure' },
      gallery: { type: 'component', component: 'media.figure' },
      category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
    },
  },
  'media.figure': { attributes: { image: { type: 'media' }, alt: { type: 'string' } } },
  'api::plan.plan': {
    attributes: {
      files: { type: 'media', multiple: true },
      reports: { type: 'component', component: 'plan.report' },
      notes: { type: 'richtext' },
    },
  },
  'plan.report': { attributes: { files: { type: 'media', multiple: true }, period: { type: 'string' } } },
  'api::odd.odd': {
    attributes: {
      box: { type: 'component', component: 'odd.box' },
      zone: { type: 'dynamiczone', components: ['media.figure', 'odd.plain'] },
      plainZone: { type: 'dynamiczone', components: ['odd.plain'] },
      loop: { type: 'component', component: 'odd.loop' },
    },
  },
  'odd.box': { attributes: { text: { type: 'blocks' } } },
  'odd.plain': { attributes: { label: { type: 'string' } } },
  'odd.loop': { attributes: { again: { type: 'component', component: 'odd.loop' }, photo: { type: 'media' } } },
};
const getModel = (uid: string): ModelLike | undefined => MODELS[uid];

describe('fileReferences', () => {
  it('finds media directly and inside components, and the type’s own rich text', () => {
    expect(fileReferences('api::article.article', getModel)).toEqual({
      media: [
        ['cover', 'image'],
        ['gallery', 'image'],
      ],
      richText: ['body'],
      unsupported: [],
    });
    expect(fileReferences('api::plan.plan', getModel)).toEqual({
      media: [['files'], ['reports', 'files']],
      richText: ['notes'],
      unsupported: [],
    });
  });

  it('names what it cannot see: rich text in a component, a dynamic zone that can hold a file; stops at a loop', () => {
    expect(fileReferences('api::odd.odd', getModel)).toEqual({
      media: [['loop', 'photo']],
      richText: [],
      unsupported: ['api::odd.odd: rich text at box.text', 'api::odd.odd: a dynamic zone at zone'],
    });
  });

  it('finds nothing in a type without files, or an unknown one', () => {
    expect(fileReferences('odd.plain', getModel)).toEqual({ media: [], richText: [], unsupported: [] });
    expect(fileReferences('api::missing.missing', getModel)).toEqual({ media: [], richText: [], unsupported: [] });
  });
});

describe('the query for a media path', () => {
  it('filters and populates through the components to the file ids', () => {
    expect(mediaWhere(['cover', 'image'], [3, 4])).toEqual({ cover: { image: { id: { $in: [3, 4] } } } });
    expect(mediaWhere(['files'], [7])).toEqual({ files: { id: { $in: [7] } } });
    expect(mediaPopulate(['cover', 'image'])).toEqual({ cover: { populate: { image: { select: ['id'] } } } });
    expect(mediaPopulate(['files'])).toEqual({ files: { select: ['id'] } });
  });

  it('reads the file ids of a populated row, through lists at any level', () => {
    const row = { id: 1, reports: [{ files: [{ id: 5 }, { id: 6 }] }, { files: [] }, { files: null }], cover: { image: { id: 9 } } };
    expect(fileIdsAt(row, ['reports', 'files'])).toEqual([5, 6]);
    expect(fileIdsAt(row, ['cover', 'image'])).toEqual([9]);
    expect(fileIdsAt(row, ['gallery', 'image'])).toEqual([]);
    expect(fileIdsAt({ cover: null }, ['cover', 'image'])).toEqual([]);
  });
});
