/**
 * The PostgreSQL engine's site search takes a shortcut on its first pages: it ranks only the items
 * whose title or summary holds the query's words (only they can rank above the rest) and counts
 * the hits up to 100. The document search always runs the full query, in the same order. Both are
 * compared here, page by page, on a commune with more hits than are counted, through prepared
 * statements as the CMS runs them (generic plans after a few executions).
 */
import pg from 'pg';
import {
  createPostgresEngine,
  numberedPlaceholders,
  statementName,
  type Sql,
} from '../../plugins/portal-search/server/src/engine/postgres';
import { wordVariants } from '../../plugins/portal-search/server/src/engine/query-text';
import type { SearchEngine, SearchEntry } from '../../plugins/portal-search/server/src/engine/types';
import { createTestDatabase, type TestDatabase } from '../support/database';

const COMMUNE = 7;
const OTHER = 8;
const TODAY = '2026-11-22';

const FILLER = [
  'kế hoạch',
  'triển khai',
  'thôn Bản Chắt',
  'năm 2026',
  'nhân dân',
  'Ủy ban',
  'tuyên truyền',
  'kiểm tra',
  'an toàn',
  'mùa khô',
];
const filler = (seed: number, count: number): string =>
  Array.from({ length: count }, (_, index) => FILLER[(seed * 7 + index * 3) % FILLER.length]).join(' ');

function documentEntry(
  index: number,
  parts: { title: string; summary?: string; body?: string; attachment?: string },
  communeId = COMMUNE,
): SearchEntry {
  const day = `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + ((index * 5) % 28)).padStart(2, '0')}`;
  return {
    communeId,
    type: 'document',
    documentId: `rank-${communeId}-${index}`,
    locale: '',
    slug: null,
    title: parts.title,
    numberSymbol: `${index}/KH-UBND`,
    summary: parts.summary ?? null,
    body: parts.body ?? null,
    attachmentText: parts.attachment ?? null,
    documentType: 'Kế hoạch',
    issuingBody: 'Ủy ban nhân dân xã',
    field: 'Tài nguyên – Môi trường',
    signer: 'Hoàng Văn Thạch',
    issueDate: day,
    effectiveDate: day,
    expiryDate: null,
    publishedAt: `${day}T08:00:00.000Z`,
  };
}

/**
 * 120 documents with "rừng" in the title (at different places, some as "bảo vệ rừng"), 15 with it
 * only in the body, 10 only in the attachment; "suối" in 3 titles and 30 bodies; another commune
 * with the same words.
 */
function fixture(): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (let index = 0; index < 120; index += 1) {
    const title =
      index % 3 === 0
        ? `${filler(index, index % 5)} bảo vệ rừng ${filler(index + 1, 2)}`
        : `${filler(index, index % 7)} rừng ${filler(index + 2, index % 4)} bảo vệ`;
    entries.push(
      documentEntry(index, {
        title,
        summary: index % 4 === 0 ? `Phòng cháy rừng ${filler(index, 3)}` : filler(index, 4),
        body: index < 3 ? 'suối Khuổi Phầy' : undefined,
      }),
    );
  }
  for (let index = 120; index < 135; index += 1)
    entries.push(
      documentEntry(index, { title: filler(index, 5), body: `${filler(index, 6)} rừng bảo vệ ${index % 2 === 0 ? 'suối' : ''}` }),
    );
  for (let index = 135; index < 145; index += 1)
    entries.push(documentEntry(index, { title: filler(index, 5), attachment: `Điều 1. ${filler(index, 8)} rừng. Điều 2. bảo vệ suối` }));
  for (let index = 145; index < 160; index += 1)
    entries.push(
      documentEntry(index, {
        title: index < 148 ? `Nạo vét suối ${filler(index, 2)}` : filler(index, 5),
        body: `${filler(index, 3)} suối ${filler(index, 2)}`,
      }),
    );
  for (let index = 0; index < 30; index += 1) entries.push(documentEntry(index, { title: `rừng bảo vệ suối ${filler(index, 3)}` }, OTHER));
  // Words only the other commune has: never a correction in this one.
  entries.push(documentEntry(30, { title: 'Sửa đường lên đèo Khau Slăn' }, OTHER));
  return entries;
}

/** Statements run so far. */
let statements = 0;

function sqlOver(pool: pg.Pool): Sql {
  return async <Row>(text: string, bindings: unknown[]): Promise<Row[]> => {
    statements += 1;
    return (await pool.query({ name: statementName(text), text: numberedPlaceholders(text), values: bindings })).rows as Row[];
  };
}

let db: TestDatabase;
let pool: pg.Pool;
let engine: SearchEngine;

beforeAll(async () => {
  db = await createTestDatabase('search_ranking');
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  engine = createPostgresEngine(sqlOver(pool));
  await engine.upsert(fixture());
});

afterAll(async () => {
  // The database is dropped right after: a connection still closing may then hear "terminating
  // connection due to administrator command" (57P01), which is the drop, not a failure.
  pool?.on('error', () => undefined);
  await pool?.end();
  await db?.drop();
});

const siteSearch = (text: string, page: number) => engine.search({ communeId: COMMUNE, text, types: ['document'], page, pageSize: 10 });
const fullQuery = (text: string, page: number) =>
  engine.searchDocuments({ communeId: COMMUNE, text, filters: {}, today: TODAY, page, pageSize: 10 });

describe('PostgreSQL site search, first pages ranked from titles and summaries', () => {
  it.each(['rung', 'bao ve rung', 'rung bao ve', 'suoi', 'bao ve suoi'])(
    'gives “%s” page by page in the order of the full query',
    async (text) => {
      for (let page = 1; page <= 12; page += 1) {
        const [site, full] = await Promise.all([siteSearch(text, page), fullQuery(text, page)]);
        expect(site.data.map((hit) => hit.documentId)).toEqual(full.data.map((hit) => hit.documentId));
      }
    },
  );

  it('counts a common word’s hits up to 100 on its first pages, then all of them', async () => {
    expect((await fullQuery('rung', 1)).meta.pagination).toEqual({ page: 1, pageSize: 10, total: 145, pageCount: 15 });
    expect((await siteSearch('rung', 1)).meta.pagination).toEqual({ page: 1, pageSize: 10, total: 100, pageCount: 11, totalCapped: true });
    expect((await siteSearch('rung', 10)).meta.pagination).toEqual({
      page: 10,
      pageSize: 10,
      total: 100,
      pageCount: 11,
      totalCapped: true,
    });
    expect((await siteSearch('rung', 11)).meta.pagination).toEqual({ page: 11, pageSize: 10, total: 145, pageCount: 15 });
  });

  it('counts exactly when there are fewer hits than that, or few in titles', async () => {
    // 3 + 8 bodies, 10 attachments, 15 bodies (3 of them with the word in the title too).
    expect((await siteSearch('suoi', 1)).meta.pagination).toEqual({ page: 1, pageSize: 10, total: 36, pageCount: 4 });
    expect((await siteSearch('bao ve suoi', 1)).meta.pagination.total).toBe((await fullQuery('bao ve suoi', 1)).meta.pagination.total);
  });

  it('serves a page from every hit in one statement when few are in titles and there are no more than 100', async () => {
    // 'suoi': 3 titles, 36 hits.
    for (const [text, page] of [
      ['suoi', 1],
      ['suoi', 4],
      ['bao ve suoi', 2],
    ] as const) {
      const before = statements;
      const site = await siteSearch(text, page);
      expect(statements - before).toBe(1);
      expect(site.data.map((hit) => hit.documentId)).toEqual((await fullQuery(text, page)).data.map((hit) => hit.documentId));
    }
  });

  it('gives each hit its dates as the API promises them: the publication instant in ISO, the issue date as a day', async () => {
    const [hit] = (await siteSearch('nao vet suoi', 1)).data;
    const entry = fixture().find((candidate) => candidate.communeId === COMMUNE && candidate.documentId === hit?.documentId);
    expect(entry).toBeDefined();
    expect(hit?.publishedAt).toBe(entry?.publishedAt);
    expect(hit?.issueDate).toBe(entry?.issueDate);
    expect(hit?.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('never counts or shows the other commune’s items', async () => {
    const found = await siteSearch('rung bao ve suoi', 1);
    expect(found.data.every((hit) => hit.documentId.startsWith(`rank-${COMMUNE}-`))).toBe(true);
    expect(found.meta.pagination.total).toBe((await fullQuery('rung bao ve suoi', 1)).meta.pagination.total);
  });
});

describe('PostgreSQL “did you mean”', () => {
  it('looks near words up by the same variants as the index stores (JS at query time, SQL at index time)', async () => {
    for (const word of ['ab', 'xan', 'dihn', 'dinh', 'aabb', 'truyen', 'nghieng', 'ubnd2026']) {
      for (const deletions of [1, 2]) {
        const [row] = (
          await pool.query<{ variants: string[] }>('SELECT array_agg(v ORDER BY v) AS variants FROM portal_search_variants($1, $2) AS v', [
            word,
            deletions,
          ])
        ).rows;
        expect([...wordVariants(word, deletions)].sort()).toEqual([...(row?.variants ?? [])].sort());
      }
    }
  });

  it('corrects one word among several equally near ones to the one that makes a phrase, in one statement, with the page of the corrected query', async () => {
    // "xan" is one edit from "dan", "ban" and "an"; "nhân dân" stands in the titles.
    const before = statements;
    const corrected = await siteSearch('nhan xan', 1);
    // The query that found nothing, then the candidates counted and the chosen one's page.
    expect(statements - before).toBe(2);
    expect(corrected.meta.didYouMean).toBe('nhan dan');
    expect(corrected.meta.corrected).toBe(true);
    const direct = await siteSearch('nhan dan', 1);
    expect(corrected.data).toEqual(direct.data);
    expect(corrected.meta.pagination).toEqual(direct.meta.pagination);
    // The document search (facets: the general path, a statement for the counts) agrees.
    expect((await fullQuery('nhan xan', 1)).meta.didYouMean).toBe('nhan dan');
  });

  it('corrects two unknown words at once, and a swap of letters in a long word', async () => {
    const result = await siteSearch('nhan xan tuyen truyem', 1);
    expect(result.meta.didYouMean).toBe('nhan dan tuyen truyen');
    expect(result.data.length).toBeGreaterThan(0);
    expect((await siteSearch('tuyne truyen', 1)).meta.didYouMean).toBe('tuyen truyen');
  });

  it('never suggests a word only another commune has', async () => {
    const result = await siteSearch('khau slam', 1);
    expect(result.meta.didYouMean).toBeNull();
    expect(result.data).toEqual([]);
    // The other commune itself is corrected to it.
    const other = await engine.search({ communeId: OTHER, text: 'khau slam', types: [], page: 1, pageSize: 10 });
    expect(other.meta.didYouMean).toBe('khau slan');
  });
});

describe('PostgreSQL “did you mean” for a typo that is a word', () => {
  const REAL = 10;
  const entry = (index: number, title: string): SearchEntry => ({ ...documentEntry(index, { title }, REAL), documentId: `real-${index}` });
  const search = (text: string) => engine.search({ communeId: REAL, text, types: [], page: 1, pageSize: 10 });

  beforeAll(async () => {
    await engine.upsert([
      // "hành chính" stands in twelve titles, "cấp xã" in six of them; "chín" is a word too.
      ...Array.from({ length: 12 }, (_, index) =>
        entry(index, `Thủ tục hành chính ${['cấp xã', 'lĩnh vực hộ tịch', 'cấp xã', 'đất đai'][index % 4]}`),
      ),
      entry(20, 'Chín thôn hoàn thành kế hoạch'),
      { ...entry(21, 'Nhận hồ sơ buổi sáng'), body: 'Thủ tục: hành chín giờ' },
      entry(22, 'Lịch tiếp công dân của thôn'),
      entry(23, 'Lịch tiếp nhận hồ sơ'),
    ]);
  });

  it('corrects it in two statements (the query as typed, with its near words and their pairs; the corrected query), as the corrected query pages it', async () => {
    for (const [typed, meant] of [
      // Nothing found as typed: the near words come with the first statement; the corrected
      // query's six hits (fewer than a page, every one in a title) are its ranked page.
      ['thu tuc cap xa hanh chin', 'thu tuc cap xa hanh chinh'],
      // One item found as typed, in its body only (nothing ranked by its title): the page from
      // every hit, in the same statement, the near words with it.
      ['thu tuc hanh chin', 'thu tuc hanh chinh'],
    ] as const) {
      const before = statements;
      const corrected = await search(typed);
      expect(statements - before).toBe(2);
      expect(corrected.meta).toMatchObject({ didYouMean: meant, corrected: true });
      const direct = await search(meant);
      expect(corrected.data).toEqual(direct.data);
      expect(corrected.meta.pagination).toEqual(direct.meta.pagination);
    }
  });

  it('leaves a phrase the commune writes as typed alone', async () => {
    expect((await search('lich tiep cong dan')).meta.didYouMean).toBeNull();
  });

  it('chooses among the near words by how often the commune writes each with its neighbours', async () => {
    // 'sau' is a word; one typo away, 'bản sao' stands in four titles, 'bàn sàn' and 'bản sai' in one each.
    await engine.upsert([
      ...Array.from({ length: 4 }, (_, index) => entry(30 + index, `Chứng thực bản sao từ bản chính, hồ sơ ${index}`)),
      entry(34, 'Lát bàn sàn nhà văn hóa'),
      entry(35, 'Đính chính bản sai sót'),
      entry(36, 'Sáu thôn hoàn thành'),
    ]);
    const corrected = await search('chung thuc ban sau');
    expect(corrected.meta).toMatchObject({ didYouMean: 'chung thuc ban sao', corrected: true });
    expect(corrected.data.map((hit) => hit.documentId).sort()).toEqual(['real-30', 'real-31', 'real-32', 'real-33']);
  });
});

describe('PostgreSQL pairs of words in titles and summaries (migration 0016)', () => {
  const PAIRS = 11;
  const entry = (index: number, title: string, summary: string | null = null): SearchEntry => ({
    ...documentEntry(index, { title, summary: summary ?? undefined }, PAIRS),
    documentId: `pairs-${index}`,
  });
  // The table against the pairs recomputed from every entry's title and summary, both ways.
  const drift = async (): Promise<number> =>
    Number(
      (
        await pool.query<{ n: string }>(
          `WITH kept AS (SELECT commune_id, pair, entries FROM portal_search_head_pairs),
                counted AS (SELECT e.commune_id, p.pair, count(*)::int AS entries FROM portal_search_entries e, portal_search_pairs(e.tsv_head) AS p(pair) GROUP BY 1, 2)
           SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted) a) + (SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept) b) AS n`,
        )
      ).rows[0]?.n,
    );
  const count = async (pair: string): Promise<number> =>
    (
      await pool.query<{ entries: number }>('SELECT entries FROM portal_search_head_pairs WHERE commune_id = $1 AND pair = $2', [
        PAIRS,
        pair,
      ])
    ).rows[0]?.entries ?? 0;

  it('counts the entries holding each pair, whatever writes the entries', async () => {
    expect(await drift()).toBe(0);
    await engine.upsert([
      entry(1, 'Cải cách hành chính', 'Kết quả cải cách hành chính năm 2026'),
      entry(2, 'Cải cách hành chính quý I'),
      entry(3, 'Hành chính công'),
    ]);
    // Once per entry however often it holds the pair; across the number, the title and the summary too.
    expect(await count('hanh chinh')).toBe(3);
    expect(await count('cai cach')).toBe(2);
    expect(await count('chinh ket')).toBe(1);
    expect(await count('ubnd cai')).toBe(2);
    // Changed, moved to another commune, removed, cleared: each count follows.
    await engine.upsert([entry(2, 'Chín thôn hoàn thành kế hoạch')]);
    expect(await count('cai cach')).toBe(1);
    expect(await count('chin thon')).toBe(1);
    await engine.upsert([{ ...entry(3, 'Hành chính công'), communeId: PAIRS + 1 }]);
    expect(await count('hanh chinh')).toBe(1);
    await engine.remove(PAIRS, [{ type: 'document', documentId: 'pairs-1' }]);
    expect(await count('hanh chinh')).toBe(0);
    expect(await drift()).toBe(0);
    await engine.clear(PAIRS + 1);
    expect(await drift()).toBe(0);
    // A pair no entry holds any more is gone, not kept at zero.
    expect(
      Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM portal_search_head_pairs WHERE entries <= 0')).rows[0]?.n),
    ).toBe(0);
  });

  it('keeps the counts exact when several writers change one commune’s entries at once', async () => {
    // Eight connections, each re-publishing overlapping entries with the same words in another
    // order: the pairs' rows are locked per commune, in order, never in a cycle (no deadlock).
    const writers = new pg.Pool({ connectionString: db.url, max: 8 });
    const concurrent = createPostgresEngine(async <Row>(text: string, bindings: unknown[]): Promise<Row[]> => {
      return (await writers.query({ name: statementName(text), text: numberedPlaceholders(text), values: bindings })).rows as Row[];
    });
    const words = ['Kế hoạch', 'phòng chống', 'thiên tai', 'năm 2026', 'thôn Nà Pài', 'cải cách hành chính'];
    try {
      await Promise.all(
        Array.from({ length: 16 }, (_, writer) =>
          concurrent.upsert(
            Array.from({ length: 12 }, (_, index) => {
              const at = (writer + index) % words.length;
              return entry(40 + ((writer * 5 + index) % 20), [...words.slice(at), ...words.slice(0, at)].join(' '));
            }),
          ),
        ),
      );
    } finally {
      await writers.end();
    }
    expect(await drift()).toBe(0);
    // The twenty entries written here, and the first test's 'Chín thôn hoàn thành kế hoạch'.
    expect(await count('ke hoach')).toBe(21);
  });
});

describe('PostgreSQL partial matches and phrases (issue 18)', () => {
  const PARTIAL = 9;
  const entry = (index: number, title: string, summary: string | null = null): SearchEntry => ({
    ...documentEntry(index, { title, summary: summary ?? undefined }, PARTIAL),
    documentId: `partial-${index}`,
  });
  const search = async (text: string) =>
    (await engine.search({ communeId: PARTIAL, text, types: [], page: 1, pageSize: 10 })).data.map((hit) => hit.documentId);

  beforeAll(async () => {
    await engine.upsert([
      entry(1, 'Nạo vét kênh mương thôn Bản Chắt'),
      entry(2, 'Kênh mương nội đồng được kiên cố hóa'),
      entry(3, 'Mương thoát nước, kênh tưới tiêu'),
      entry(4, 'Thôn Bản Chắt họp dân'),
      // A common word in many titles: it weighs little.
      ...Array.from({ length: 30 }, (_, index) => entry(10 + index, `Thôn Nà Pài họp bàn việc số ${index}`)),
    ]);
  });

  it('finds, when no item holds every word, the items holding most of them, the rarer words weighing more', async () => {
    // 'giai' is nowhere; 'kenh muong' is in three titles, 'thon' in 32.
    const found = await search('kenh muong thon giai');
    expect(found.slice(0, 3).sort()).toEqual(['partial-1', 'partial-2', 'partial-3']);
    // Holding the rare words and a common one before holding the rare words only.
    expect(found[0]).toBe('partial-1');
    // Holding one word of the four is not holding most of them.
    expect(found).toHaveLength(3);
    // Nor is holding two of five.
    expect(await search('kenh muong thon giai doan')).toEqual(['partial-1']);
  });

  it('ranks the words side by side, in the query’s order, first (a phrase in the title)', async () => {
    const found = await search('kenh muong');
    expect(found.slice(0, 2).sort()).toEqual(['partial-1', 'partial-2']);
    expect(found[2]).toBe('partial-3');
  });

  it('lets stop words decide nothing: “cho” and “cua” need not be there', async () => {
    expect((await search('nao vet kenh muong cho thon ban chat'))[0]).toBe('partial-1');
  });

  it('ranks the items holding every word above the partial matches', async () => {
    const found = await search('thon ban chat hop dan nuoc');
    // Nothing holds 'nuoc' with the rest; partial-4 holds five of six words.
    expect(found[0]).toBe('partial-4');
    const all = await search('thon ban chat hop');
    expect(all[0]).toBe('partial-4');
  });
});
