import type { CollectionCreateSchema, ImportResponse, SearchResponse, SearchResponseHit } from 'typesense';
import { createTypesenseEngine } from '../typesense';
import type { SearchRequest, TypesensePort } from '../typesense/client';
import { MARK_END, MARK_START } from '../query-text';
import { toTypesenseDocument, type TypesenseDocument } from '../typesense/schema';
import type { SearchEntry } from '../types';

/** Records what the engine asks of Typesense and answers from a queue: no network. */
class FakePort implements TypesensePort {
  created: CollectionCreateSchema[] = [];
  dropped = 0;
  imported: TypesenseDocument[][] = [];
  deleted: string[] = [];
  searches: SearchRequest[][] = [];
  answers: Array<Array<Partial<SearchResponse<TypesenseDocument>>>> = [];
  importFailures = new Set<string>();

  async createCollection(schema: CollectionCreateSchema): Promise<void> {
    this.created.push(schema);
  }
  async dropCollection(): Promise<void> {
    this.dropped += 1;
  }
  async importDocuments(documents: TypesenseDocument[]): Promise<ImportResponse<TypesenseDocument>[]> {
    this.imported.push(documents);
    return documents.map((document) =>
      this.importFailures.has(document.id)
        ? { success: false, error: 'Field `commune_id` must be an int32.', code: 400, document }
        : { success: true },
    );
  }
  async deleteByFilter(filterBy: string): Promise<void> {
    this.deleted.push(filterBy);
  }
  async search(requests: SearchRequest[]): Promise<Array<SearchResponse<TypesenseDocument>>> {
    this.searches.push(requests);
    const answer = this.answers.shift() ?? requests.map(() => ({}));
    return answer.map((partial) => ({ found: 0, out_of: 0, page: 1, request_params: {}, search_time_ms: 1, hits: [], ...partial }));
  }
}

const entry = (documentId: string, overrides: Partial<SearchEntry> = {}): SearchEntry => ({
  communeId: 1,
  type: 'document',
  documentId,
  locale: '',
  slug: null,
  title: 'Quyết định số 12/QĐ-UBND: Quyết định thành lập Ban biên tập',
  numberSymbol: '12/QĐ-UBND',
  summary: 'Quyết định thành lập Ban biên tập trang thông tin điện tử xã',
  body: null,
  attachmentText: null,
  documentType: 'Quyết định',
  issuingBody: 'Ủy ban nhân dân xã Khánh Khê',
  field: null,
  signer: 'Nguyễn Văn An',
  issueDate: '2025-03-15',
  effectiveDate: null,
  expiryDate: null,
  publishedAt: null,
  ...overrides,
});

const hit = (document: TypesenseDocument, tokens: string[]): SearchResponseHit<TypesenseDocument> => ({
  document,
  text_match: 1,
  highlight: { summary_folded: { matched_tokens: tokens } },
});

const config = { url: 'http://typesense.invalid:8108', apiKey: 'test', collection: 'commune_search' };

describe('the Typesense engine against a fake server', () => {
  it('creates its collection once, then imports in batches of 200 with upsert', async () => {
    const port = new FakePort();
    const engine = createTypesenseEngine(config, port);
    await engine.upsert(Array.from({ length: 450 }, (_, index) => entry(`doc-${index}`)));
    await engine.upsert([entry('doc-last')]);
    expect(port.created).toHaveLength(1);
    expect(port.created[0]?.name).toBe('commune_search');
    expect(port.imported.map((batch) => batch.length)).toEqual([200, 200, 50, 1]);
    expect(port.imported[0]?.[0]?.id).toBe('document:doc-0:');
  });

  it('reports the documents Typesense refused, with its reasons', async () => {
    const port = new FakePort();
    port.importFailures.add('document:bad:');
    await expect(createTypesenseEngine(config, port).upsert([entry('good'), entry('bad')])).rejects.toThrow(
      /refused 1 of 2 documents \(document:bad:: Field `commune_id` must be an int32\.\)/,
    );
  });

  it('searches the folded words within the commune, every word required, words dropped and typos tried below five hits', async () => {
    const port = new FakePort();
    await createTypesenseEngine(config, port).search({
      communeId: 7,
      text: 'Văn bản  Đảng ủy',
      types: ['article', 'document'],
      page: 2,
      pageSize: 5,
    });
    const [request] = port.searches[0] ?? [];
    expect(request).toMatchObject({
      q: 'van ban dang uy',
      filter_by: 'commune_id:=7 && type:=[`article`,`document`]',
      query_by: 'number_folded,title_folded,summary_folded,body_folded,attachment_text_folded',
      query_by_weights: '10,10,4,2,1',
      sort_by: '_text_match:desc,sort_day:desc',
      prefix: false,
      num_typos: 2,
      typo_tokens_threshold: 5,
      drop_tokens_threshold: 5,
      page: 2,
      per_page: 5,
      highlight_start_tag: MARK_START,
      highlight_end_tag: MARK_END,
    });
  });

  it('puts the exact number and symbol first', async () => {
    const port = new FakePort();
    await createTypesenseEngine(config, port).search({ communeId: 1, text: '239/BC-UBND', types: [], page: 1, pageSize: 10 });
    const [request] = port.searches[0] ?? [];
    expect(request?.q).toBe('239 bc ubnd');
    expect(request?.sort_by).toBe(`_eval(number_key:=${Buffer.from('239/bc-ubnd').toString('hex')}):desc,_text_match:desc,sort_day:desc`);
  });

  it('leaves stop words out when other words remain, and puts a document named by its type and number first', async () => {
    const port = new FakePort();
    const engine = createTypesenseEngine(config, port);
    await engine.search({ communeId: 1, text: 'giấy khai sinh cho con', types: [], page: 1, pageSize: 10 });
    expect(port.searches[0]?.[0]).toMatchObject({ q: 'giay khai sinh con', drop_tokens_threshold: 5 });
    await engine.search({ communeId: 1, text: 'quyet dinh 312', types: [], page: 1, pageSize: 10 });
    expect(port.searches[1]?.[0]?.sort_by).toBe(
      '_eval([(number_head:=`312` && (number_parts:=`qd` || document_type_folded:=`quyet dinh`)):2, (number_head:=`312`):1]):desc,_text_match:desc,sort_day:desc',
    );
    await engine.search({ communeId: 1, text: '1001193', types: [], page: 1, pageSize: 10 });
    expect(port.searches[2]?.[0]?.sort_by).toBe('_eval([(number_head:=`1001193`):2]):desc,_text_match:desc,sort_day:desc');
  });

  it('drops words only from three that carry meaning, and from a filtered document search only when nothing is found', async () => {
    const port = new FakePort();
    const engine = createTypesenseEngine(config, port);
    await engine.search({ communeId: 1, text: 'kế hoạch', types: [], page: 1, pageSize: 10 });
    expect(port.searches[0]?.[0]).toMatchObject({ drop_tokens_threshold: 0, typo_tokens_threshold: 5 });
    await engine.searchDocuments({
      communeId: 1,
      text: 'tiep cong dan thang 8',
      filters: { year: 2026 },
      today: '2026-11-22',
      page: 1,
      pageSize: 10,
    });
    expect(port.searches[1]?.[0]).toMatchObject({ drop_tokens_threshold: 1, typo_tokens_threshold: 1 });
    await engine.searchDocuments({ communeId: 1, text: '', filters: { number: '120' }, today: '2026-11-22', page: 1, pageSize: 10 });
    expect(port.searches[2]?.[0]?.filter_by).toContain('number_head:=[`120`]');
  });

  it('lists everything newest first when there are no words', async () => {
    const port = new FakePort();
    await createTypesenseEngine(config, port).search({ communeId: 1, text: '  ', types: [], page: 1, pageSize: 10 });
    expect(port.searches[0]?.[0]).toMatchObject({ q: '*', sort_by: 'sort_day:desc' });
  });

  it('says which words it corrected, once the words as typed are known to find nothing', async () => {
    const port = new FakePort();
    const document = toTypesenseDocument(entry('doc-quyet-dinh'));
    port.answers.push([{ found: 1, hits: [hit(document, ['quyet', 'dinh'])] }], [{ found: 0 }]);
    const result = await createTypesenseEngine(config, port).search({ communeId: 1, text: 'quyet dihn', types: [], page: 1, pageSize: 10 });
    expect(result.data.map((item) => item.documentId)).toEqual(['doc-quyet-dinh']);
    expect(result.data[0]?.snippet).toBe('<mark>Quyết</mark> <mark>định</mark> thành lập Ban biên tập trang thông tin điện tử xã');
    expect(result.meta).toEqual({
      pagination: { page: 1, pageSize: 10, total: 1, pageCount: 1 },
      query: 'quyet dihn',
      didYouMean: 'quyet dinh',
      corrected: true,
    });
    expect(port.searches[1]?.[0]).toMatchObject({
      q: 'quyet dihn',
      num_typos: 0,
      per_page: 0,
      filter_by:
        'commune_id:=1 && type:=[`article`,`document`,`procedure`,`page`,`plan`,`investment`,`bidding`,`budget`,`statistic`,`question`,`consultation`]',
    });
  });

  it('suggests nothing when a highlight merely left out a word that was found as typed', async () => {
    const port = new FakePort();
    const document = toTypesenseDocument(entry('doc-quyet-dinh'));
    port.answers.push([{ found: 1, hits: [hit(document, ['quyet'])] }], [{ found: 1 }]);
    const result = await createTypesenseEngine(config, port).search({ communeId: 1, text: 'quyet dinh', types: [], page: 1, pageSize: 10 });
    expect(result.meta.didYouMean).toBeNull();
    expect(result.meta.corrected).toBe(false);
  });

  it('asks no second question when the words were found as typed', async () => {
    const port = new FakePort();
    port.answers.push([{ found: 1, hits: [hit(toTypesenseDocument(entry('a')), ['quyet', 'dinh'])] }]);
    const result = await createTypesenseEngine(config, port).search({ communeId: 1, text: 'quyết định', types: [], page: 1, pageSize: 10 });
    expect(result.meta.didYouMean).toBeNull();
    expect(port.searches).toHaveLength(1);
  });

  it('searches documents with facets and one count per legal status in one multi-search', async () => {
    const port = new FakePort();
    const document = toTypesenseDocument(entry('doc-quyet-dinh'));
    port.answers.push([
      {
        found: 3,
        hits: [{ document, text_match: 0, highlight: {} }],
        facet_counts: [
          {
            field_name: 'signer',
            sampled: false,
            stats: {},
            counts: [
              { value: 'Nguyễn Văn An', count: 2, highlighted: '' },
              { value: 'Hoàng Thị Bình', count: 1, highlighted: '' },
            ],
          },
        ],
      },
      { found: 2 },
      { found: 0 },
      { found: 1 },
    ]);
    const result = await createTypesenseEngine(config, port).searchDocuments({
      communeId: 1,
      text: '',
      filters: { signer: 'Nguyễn Văn An' },
      today: '2026-11-22',
      page: 1,
      pageSize: 2,
    });
    const requests = port.searches[0] ?? [];
    expect(requests).toHaveLength(4);
    expect(requests[0]).toMatchObject({
      q: '*',
      filter_by: 'commune_id:=1 && type:=[`document`] && signer:=[`Nguyễn Văn An`]',
      facet_by: 'document_type,issuing_body,field,signer,issue_year',
    });
    expect(requests.slice(1).map((request) => request.per_page)).toEqual([0, 0, 0]);
    expect(requests[3]?.filter_by).toBe(
      `commune_id:=1 && type:=[\`document\`] && signer:=[\`Nguyễn Văn An\`] && expiry_date:<=${Date.UTC(2026, 10, 22) / 86_400_000}`,
    );
    expect(result.meta.pagination).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect(result.facets.signer).toEqual([
      { value: 'Nguyễn Văn An', count: 2 },
      { value: 'Hoàng Thị Bình', count: 1 },
    ]);
    expect(result.facets.status).toEqual([
      { value: 'in_force', count: 2 },
      { value: 'expired', count: 1 },
    ]);
    expect(result.data[0]?.snippet).toBe('Quyết định thành lập Ban biên tập trang thông tin điện tử xã');
  });

  it('fails loudly when Typesense reports an error inside the multi-search', async () => {
    const port = new FakePort();
    port.answers.push([{ error: 'Could not parse the filter query.', code: 400 }]);
    await expect(
      createTypesenseEngine(config, port).search({ communeId: 1, text: 'van ban', types: [], page: 1, pageSize: 10 }),
    ).rejects.toThrow(/Could not parse the filter query/);
  });

  it('never searches without a valid commune', async () => {
    const port = new FakePort();
    await expect(
      createTypesenseEngine(config, port).search({ communeId: Number.NaN, text: 'van ban', types: [], page: 1, pageSize: 10 }),
    ).rejects.toThrow(/commune/);
    expect(port.searches).toHaveLength(0);
  });

  it('removes and clears only within the commune, and drops and recreates the collection to clear everything', async () => {
    const port = new FakePort();
    const engine = createTypesenseEngine(config, port);
    await engine.remove(3, [
      { type: 'page', documentId: 'gioi-thieu', locale: 'vi' },
      { type: 'article', documentId: 'tin-1' },
    ]);
    await engine.clear(3);
    await engine.clear();
    expect(port.deleted).toEqual([
      'commune_id:=3 && type:=[`page`] && document_id:=[`gioi-thieu`] && id:=[`page:gioi-thieu:vi`]',
      'commune_id:=3 && type:=[`article`] && document_id:=[`tin-1`]',
      'commune_id:=3',
    ]);
    expect(port.dropped).toBe(1);
    expect(port.created).toHaveLength(2);
  });

  it('refuses a collection name Typesense would read as a path', () => {
    expect(() => createTypesenseEngine({ ...config, collection: '../keys' }, new FakePort())).toThrow(/collection name/);
  });
});
