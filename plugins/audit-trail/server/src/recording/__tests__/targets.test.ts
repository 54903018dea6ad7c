import { safeBodyFacts, targetOf, type TargetFacts } from '../targets';

const base = (overrides: Partial<TargetFacts>): TargetFacts => ({
  pluginName: 'admin',
  handler: 'user.create',
  params: {},
  queryId: null,
  body: safeBodyFacts(null),
  response: null,
  ...overrides,
});

describe('what a request acted on', () => {
  it('a content entry by its documentId, in the path or in the answer of a create', () => {
    expect(
      targetOf(
        base({
          pluginName: 'content-manager',
          handler: 'collection-types.update',
          params: { model: 'api::article.article', id: 'abc123' },
        }),
      ),
    ).toEqual({ type: 'api::article.article', id: 'abc123', detail: null });
    expect(
      targetOf(
        base({
          pluginName: 'content-manager',
          handler: 'collection-types.create',
          params: { model: 'api::article.article' },
          response: { data: { id: 7, documentId: 'new1' } },
        }),
      ).id,
    ).toBe('new1');
  });

  it('an upload by the first file the answer lists, with the count of a multi-file upload', () => {
    expect(targetOf(base({ pluginName: 'upload', handler: 'admin-upload.upload', response: [{ id: 4 }, { id: 5 }] }))).toEqual({
      type: 'upload-file',
      id: '4',
      detail: '2 tệp',
    });
  });

  it("a bulk move by the number of ids, never the ids' values", () => {
    const body = safeBodyFacts({ fileIds: [1, 2], folderIds: [3], destinationFolderId: 9 });
    expect(targetOf(base({ pluginName: 'upload', handler: 'admin-folder-file.moveMany', body })).detail).toBe('3 tệp, thư mục');
  });

  it('a sign-in by the account the answer names', () => {
    expect(
      targetOf(base({ handler: 'authentication.login', response: { data: { token: 'eyJ…', user: { id: 3, email: 'a@b.vn' } } } })),
    ).toEqual({ type: 'admin-user', id: '3', detail: null });
  });

  it('a commune added from the settings page by the new commune the answer names', () => {
    const response = {
      data: { commune: { documentId: 'c0mmune', name: 'Xã Mới' }, accounts: [{ email: 'a@b.vn', inviteUrl: 'https://x/y' }] },
    };
    expect(targetOf(base({ pluginName: 'commune-tenancy', handler: 'commune-admin.create', response }))).toEqual({
      type: 'commune',
      id: 'c0mmune',
      detail: null,
    });
  });
});

describe('the only facts read from a request body', () => {
  it('never a password, a code or a token: only the step, counts, a commune documentId and an e-mail', () => {
    const facts = safeBodyFacts({
      email: ' Ai@Xa.Gov.VN ',
      password: 'Mat-Khau-1',
      registrationToken: 'f'.repeat(40),
      code: '123456',
      action: 'approve',
      commune: 'abc123',
    });
    expect(facts).toEqual({ boardStep: 'approve', count: null, communeDocumentId: 'abc123', email: 'ai@xa.gov.vn' });
    expect(JSON.stringify(facts)).not.toMatch(/Mat-Khau|ffff|123456/);
  });

  it('ignores malformed values', () => {
    expect(safeBodyFacts({ email: 'not an email', action: 'DROP TABLE', commune: { evil: 1 } })).toEqual({
      boardStep: null,
      count: null,
      communeDocumentId: null,
      email: null,
    });
  });
});
