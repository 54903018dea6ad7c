import { contentManagerWrite } from '../content-manager-refusals';

const OFFICIAL = 'api::official.official';
const base = `/content-manager/collection-types/${OFFICIAL}`;

describe('contentManagerWrite', () => {
  it.each([
    ['POST', base, 'create', null],
    ['PUT', `${base}/abc`, 'update', 'abc'],
    ['DELETE', `${base}/abc`, 'delete', 'abc'],
    ['POST', `${base}/clone/abc`, 'clone', 'abc'],
    ['POST', `${base}/auto-clone/abc`, 'clone', 'abc'],
    ['POST', `${base}/actions/bulkDelete`, 'delete', null],
    ['POST', `${base}/actions/publish`, 'publish', null],
    ['POST', `${base}/actions/bulkPublish`, 'publish', null],
    ['POST', `${base}/actions/bulkUnpublish`, 'unpublish', null],
    ['POST', `${base}/abc/actions/publish`, 'publish', 'abc'],
    ['POST', `${base}/abc/actions/unpublish`, 'unpublish', 'abc'],
    ['POST', `${base}/abc/actions/discard`, 'discardDraft', 'abc'],
  ])('%s %s is a %s', (method, path, action, documentId) => {
    expect(contentManagerWrite(method, path)).toEqual({ uid: OFFICIAL, action, documentId });
  });

  it('decodes an encoded type', () => {
    expect(contentManagerWrite('POST', `/content-manager/collection-types/${encodeURIComponent(OFFICIAL)}`)?.uid).toBe(OFFICIAL);
  });

  it.each([
    ['GET', base],
    ['GET', `${base}/abc`],
    ['POST', `${base}/actions/bulkFindForValidation`],
    ['GET', `${base}/abc/actions/countDraftRelations`],
    ['POST', '/content-manager/relations/api::official.official/photo'],
    ['POST', '/editorial-board/workflows/api::article.article/abc/transitions'],
  ])('%s %s is not a write of the content manager', (method, path) => {
    expect(contentManagerWrite(method, path)).toBeNull();
  });
});
