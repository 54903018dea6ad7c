import type { SearchResponseHit } from 'typesense';
import { checked, correctionOf, facetsOf, foldedTextOf, matchedTokens, snippetOf, toHit } from '../typesense/results';
import { dayNumber, toTypesenseDocument, type TypesenseDocument } from '../typesense/schema';

const document = toTypesenseDocument({
  communeId: 1,
  type: 'article',
  documentId: 'art-van-ban',
  locale: '',
  slug: 'cong-khai-van-ban',
  title: 'Xã công khai văn bản chỉ đạo điều hành',
  numberSymbol: null,
  summary: 'Người dân có thể tra cứu văn bản của xã <mọi lúc> & "mọi nơi".',
  body: null,
  attachmentText: null,
  documentType: null,
  issuingBody: null,
  field: null,
  signer: null,
  issueDate: null,
  effectiveDate: null,
  expiryDate: null,
  publishedAt: '2026-10-01T08:00:00.000Z',
});

const hitOf = (
  doc: TypesenseDocument,
  highlight: SearchResponseHit<TypesenseDocument>['highlight'],
): SearchResponseHit<TypesenseDocument> => ({ document: doc, highlight, text_match: 1 });

describe('matched words of a hit', () => {
  it('reads highlight v2 and v1, folded', () => {
    const hit: SearchResponseHit<TypesenseDocument> = {
      ...hitOf(document, { summary_folded: { matched_tokens: ['tra', 'cuu'], snippet: '…' } }),
      highlights: [{ field: 'title_folded', matched_tokens: ['Văn'] }],
    };
    expect([...matchedTokens(hit)].sort()).toEqual(['cuu', 'tra', 'van']);
  });

  it('is empty when Typesense highlighted nothing', () => {
    expect(matchedTokens(hitOf(document, {})).size).toBe(0);
  });
});

describe('snippets', () => {
  it('marks the matched words in the original, accented text', () => {
    expect(snippetOf(document, new Set(['tra', 'cuu']))).toBe(
      'Người dân có thể <mark>tra</mark> <mark>cứu</mark> văn bản của xã &lt;mọi lúc&gt; &amp; &quot;mọi nơi&quot;.',
    );
  });

  it('escapes everything else, and content cannot bring its own markers', () => {
    const snippet = snippetOf({ summary: 'tra \u0002<script>alert(1)</script>\u0003 cứu' }, new Set(['tra']));
    expect(snippet).toBe('<mark>tra</mark> &lt;script&gt;alert(1)&lt;/script&gt; cứu');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('shows the passage around the first match, in the body or the attachment', () => {
    const attachment = `${Array.from({ length: 60 }, (_, index) => `từ${index}`).join(' ')} phúc khảo ${Array.from({ length: 60 }, (_, index) => `sau${index}`).join(' ')}`;
    const snippet = snippetOf({ summary: 'Tóm tắt', attachment_text: attachment }, new Set(['phuc', 'khao']));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>phúc</mark> <mark>khảo</mark>');
    expect(snippet.split(' ').filter((word) => /^(từ|sau)\d+$/.test(word))).toHaveLength(33);
  });

  it('falls back to the start of the summary when no word can be marked', () => {
    expect(snippetOf({ summary: 'Tóm tắt <b>ngắn</b>' }, new Set(['xyz']))).toBe('Tóm tắt &lt;b&gt;ngắn&lt;/b&gt;');
    expect(snippetOf({}, new Set())).toBe('');
  });
});

describe('did you mean', () => {
  it('replaces a word Typesense corrected by the matched word closest to it', () => {
    expect(correctionOf(['quyet', 'dihn'], new Set(['quyet', 'dinh', 'so']))).toEqual(['quyet', 'dinh']);
  });

  it('prefers, between equally close words, the one that forms a phrase with the other words', () => {
    const decision = toTypesenseDocument({
      communeId: 1,
      type: 'document',
      documentId: 'doc-quyet-dinh',
      locale: '',
      slug: null,
      title: 'Quyết định thành lập Ban biên tập trang thông tin điện tử xã',
      numberSymbol: '12/QĐ-UBND',
      summary: null,
      body: null,
      attachmentText: null,
      documentType: null,
      issuingBody: null,
      field: null,
      signer: null,
      issueDate: null,
      effectiveDate: null,
      expiryDate: null,
      publishedAt: null,
    });
    // 'dien' (điện) and 'dinh' (định) are both one typo from 'dihn'; only 'quyet dinh' is a phrase here.
    expect(correctionOf(['quyet', 'dihn'], new Set(['quyet', 'dien', 'dinh']), [foldedTextOf(decision)])).toEqual(['quyet', 'dinh']);
  });

  it('is null when every word was found as typed, or nothing was found', () => {
    expect(correctionOf(['van', 'ban'], new Set(['van', 'ban']))).toBeNull();
    expect(correctionOf(['xyzzyq'], new Set())).toBeNull();
  });

  it('never replaces a number, nor a word with nothing close to it', () => {
    expect(correctionOf(['239', 'bc'], new Set(['238', 'bc']))).toBeNull();
    expect(correctionOf(['xyzzyq'], new Set(['van']))).toBeNull();
  });
});

describe('hits and facets', () => {
  it('maps a hit to the shared type', () => {
    const dated = {
      ...document,
      type: 'document' as const,
      issue_date: dayNumber('2026-11-02') ?? 0,
      document_type: 'Báo cáo',
      number_symbol: '239/BC-UBND',
    };
    expect(toHit(hitOf(dated, { summary_folded: { matched_tokens: ['tra'] } }))).toEqual({
      type: 'document',
      documentId: 'art-van-ban',
      locale: '',
      slug: 'cong-khai-van-ban',
      title: 'Xã công khai văn bản chỉ đạo điều hành',
      numberSymbol: '239/BC-UBND',
      snippet: expect.stringContaining('<mark>tra</mark>'),
      publishedAt: '2026-10-01T08:00:00.000Z',
      issueDate: '2026-11-02',
      documentType: 'Báo cáo',
      issuingBody: null,
    });
  });

  it('marks the query’s words even when Typesense highlighted nothing', () => {
    expect(toHit(hitOf(document, {}), ['tra', 'cuu']).snippet).toContain('<mark>tra</mark> <mark>cứu</mark>');
  });

  it('maps facet counts in PostgreSQL’s order, with the status counts', () => {
    const counts = (field: keyof TypesenseDocument, values: Array<[string, number]>) => ({
      field_name: field,
      sampled: false,
      stats: {},
      counts: values.map(([value, count]) => ({ value, count, highlighted: value })),
    });
    const facets = facetsOf(
      {
        facet_counts: [
          counts('signer', [
            ['Hoàng Thị Bình', 1],
            ['Nguyễn Văn An', 2],
          ]),
          counts('issue_year', [
            ['2024', 1],
            ['2026', 1],
            ['2025', 1],
          ]),
          counts('document_type', [
            ['Quyết định', 1],
            ['Báo cáo', 1],
            ['', 3],
          ]),
          counts('title', [['ignored', 1]]),
        ],
      },
      { in_force: 2, not_yet_in_force: 0, expired: 1 },
    );
    expect(facets).toEqual({
      documentType: [
        { value: 'Báo cáo', count: 1 },
        { value: 'Quyết định', count: 1 },
      ],
      issuingBody: [],
      field: [],
      signer: [
        { value: 'Nguyễn Văn An', count: 2 },
        { value: 'Hoàng Thị Bình', count: 1 },
      ],
      year: [
        { value: '2026', count: 1 },
        { value: '2025', count: 1 },
        { value: '2024', count: 1 },
      ],
      status: [
        { value: 'in_force', count: 2 },
        { value: 'expired', count: 1 },
      ],
    });
  });

  it('turns a failed search inside a multi-search into an error', () => {
    expect(() => checked({ error: 'Could not find a field named `x`', code: 404 })).toThrow(/Could not find a field named `x` \(404\)/);
    const answer: { found: number; error?: string } = { found: 1 };
    expect(checked(answer)).toBe(answer);
  });
});
