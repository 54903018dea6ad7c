import type { Core } from '@strapi/strapi';
import { loadWriteContext } from '../write-context';

/** Just what loadWriteContext uses of Strapi: the type's options and a document read that counts its calls. */
function fakeStrapi(stored: Record<string, unknown>) {
  const reads: unknown[] = [];
  const strapi = {
    contentType: () => ({ options: { draftAndPublish: true } }),
    documents: () => ({
      findOne: async (params: unknown) => {
        reads.push(params);
        return stored;
      },
    }),
  } as unknown as Core.Strapi;
  return { strapi, reads };
}

describe('loadWriteContext', () => {
  const stored = { documentId: 'd1', title: 'Cũ', slug: 'cu', commune: { documentId: 'xa-1' } };

  it('reads the stored draft once per document-service call, whichever middleware asks', async () => {
    const { strapi, reads } = fakeStrapi(stored);
    const call = { uid: 'api::article.article', action: 'update', params: { documentId: 'd1', locale: 'vi', data: { title: 'Mới' } } };
    const first = await loadWriteContext(strapi, call);
    const second = await loadWriteContext(strapi, call);
    expect(reads).toEqual([{ documentId: 'd1', status: 'draft', locale: 'vi', populate: { commune: { fields: ['documentId'] } } }]);
    expect(first?.existing).toBe(second?.existing);
    // Another call (a new context object) reads again.
    await loadWriteContext(strapi, { ...call });
    expect(reads).toHaveLength(2);
  });

  it('merges the data as it is when asked: a middleware before may have added to it', async () => {
    const { strapi } = fakeStrapi(stored);
    const call = {
      uid: 'api::article.article',
      action: 'update',
      params: { documentId: 'd1', data: { title: 'Mới' } as Record<string, unknown> },
    };
    expect((await loadWriteContext(strapi, call))?.merged).toMatchObject({ title: 'Mới', slug: 'cu' });
    call.params.data.slug = 'moi';
    expect((await loadWriteContext(strapi, call))?.merged).toMatchObject({ title: 'Mới', slug: 'moi' });
    expect((await loadWriteContext(strapi, call))?.commune).toEqual({ documentId: 'xa-1' });
  });

  it('reads nothing for a create, and judges nothing without data or for other actions', async () => {
    const { strapi, reads } = fakeStrapi(stored);
    expect(
      (await loadWriteContext(strapi, { uid: 'api::article.article', action: 'create', params: { data: { title: 'Mới' } } }))?.existing,
    ).toBeNull();
    expect(await loadWriteContext(strapi, { uid: 'api::article.article', action: 'update', params: { documentId: 'd1' } })).toBeNull();
    expect(
      await loadWriteContext(strapi, { uid: 'api::article.article', action: 'publish', params: { documentId: 'd1', data: {} } }),
    ).toBeNull();
    expect(reads).toEqual([]);
  });
});
