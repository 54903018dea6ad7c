/**
 * The demo content as data: the Markdown subset, the errors an operator sees for a broken file,
 * and the three demo communes read and checked from content/.
 */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_COMMUNE_SLUGS, loadDemoCommune, loadDemoCommunes } from '../content/load';
import { parseRichText } from '../content/markdown';
import { ContentError } from '../content/read';

const CONTENT = path.resolve(__dirname, '..', 'content');

describe('the Markdown subset', () => {
  it('reads paragraphs, "## " headings and "- " lists, blocks separated by blank lines', () => {
    expect(parseRichText('Đoạn một.\n\n## 1. Đảng ủy xã\n\n- Mục một;\n- Mục hai.\n\nĐoạn hai.')).toEqual([
      'Đoạn một.',
      // A heading's text is taken as it is: "1. " there is no list.
      { heading: '1. Đảng ủy xã' },
      { list: ['Mục một;', 'Mục hai.'] },
      'Đoạn hai.',
    ]);
  });

  it('keeps two lists apart when a blank line separates them', () => {
    expect(parseRichText('- a\n\n- b')).toEqual([{ list: ['a'] }, { list: ['b'] }]);
  });

  it.each([
    ['# Tiêu đề', 'only "## " headings'],
    ['### Tiêu đề', 'only "## " headings'],
    ['* mục', 'lists are written with "- "'],
    ['1. mục', 'numbered lists'],
    ['> trích dẫn', 'block quotes'],
    ['```\ncode\n```', 'code blocks'],
    ['| a | b |', 'tables'],
    ['<b>đậm</b>', 'HTML'],
    ['---', 'rules'],
    ['    thụt lề', 'white space'],
    ['Đoạn có **chữ đậm**.', 'inline markup'],
    ['Đoạn có [liên kết](https://example.vn).', 'inline markup'],
    ['- mục\nkhông có gạch', 'every line of a list'],
    ['- 2. mục', 'numbered lists'],
    ['Dòng một\ndòng hai', 'a paragraph is one line'],
    ['## Tiêu đề\nđoạn', 'a heading is one line'],
    ['', 'the text is empty'],
  ])('refuses %j: %s', (markdown, message) => {
    expect(() => parseRichText(markdown)).toThrow(message);
  });

  it('names the line of the problem', () => {
    expect(() => parseRichText('Đoạn.\n\n# Sai')).toThrow('line 3: only "## " headings are supported');
  });
});

describe('a broken content file', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'seed-content-'));
    cpSync(path.join(CONTENT, 'khanh-khe'), path.join(root, 'khanh-khe'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const problemOf = (work: () => unknown): string => {
    try {
      work();
    } catch (error) {
      if (error instanceof ContentError) return error.message;
      throw error;
    }
    throw new Error('no ContentError');
  };

  it('names the file and the front-matter field', () => {
    writeFileSync(
      path.join(root, 'khanh-khe', 'articles', 'bai-thu.md'),
      '---\ntitle: Bài thử\nsummary: Tóm tắt.\ncategory: thong-bao\nkind: tin\ncoverAlt: Ảnh.\ncoverLabel: Thử\npublishedAt: 15/03/2026\n---\n\nĐoạn.\n',
    );
    expect(problemOf(() => loadDemoCommune(root, 'khanh-khe'))).toMatch(
      /^khanh-khe\/articles\/bai-thu\.md \(front matter\): publishedAt: /u,
    );
  });

  it('names the file and the line of a body the subset does not define', () => {
    writeFileSync(
      path.join(root, 'khanh-khe', 'articles', 'bai-thu.md'),
      '---\ntitle: Bài thử\nsummary: Tóm tắt.\ncategory: thong-bao\nkind: tin\ncoverAlt: Ảnh.\ncoverLabel: Thử\npublishedAt: 2026-03-15T08:00:00+07:00\n---\n\nĐoạn.\n\n1. Mục\n',
    );
    expect(problemOf(() => loadDemoCommune(root, 'khanh-khe'))).toBe(
      'khanh-khe/articles/bai-thu.md: line 13 (body): numbered lists are not supported',
    );
  });

  it('refuses a list item with a value outside the enumeration, naming its index, slug and field', () => {
    const file = path.join(root, 'khanh-khe', 'procedures.yaml');
    writeFileSync(
      file,
      [
        '- code: "1.001193"',
        '  slug: dang-ky-khai-sinh',
        '  name: Đăng ký khai sinh',
        '  field: Hộ tịch',
        '  agency: UBND xã',
        '  onlineLevel: Trực tuyến',
        '  howToFile: Nộp trực tuyến.',
        '  steps: Bước một.',
        '  dossier: "- Tờ khai"',
        '  processingTime: Trong ngày',
        '  fees: Miễn phí',
        '  applicants: Công dân',
        '  result: Giấy khai sinh',
        '  legalBasisText: Luật Hộ tịch năm 2014',
        '  order: 3',
      ].join('\n'),
    );
    const problem = problemOf(() => loadDemoCommune(root, 'khanh-khe'));
    expect(problem).toContain('khanh-khe/procedures.yaml: ');
    expect(problem).toContain(
      '[0] (slug "dang-ky-khai-sinh").onlineLevel: Invalid option: expected one of "Toàn trình"|"Một phần"|"Trực tiếp"',
    );
    // Strict: a field the seed does not know is refused, not dropped.
    expect(problem).toContain('[0] (slug "dang-ky-khai-sinh"): Unrecognized key: "order"');
  });

  it('refuses a number where a text is expected', () => {
    const file = path.join(root, 'khanh-khe', 'people.yaml');
    writeFileSync(
      file,
      'officials: []\ncontacts:\n  - unitName: Văn phòng\n    role: Văn phòng\n    address: Thôn Nà Pàn\n    phone: 2053831426\n    officeHours: Giờ hành chính\n    order: 1\n',
    );
    expect(problemOf(() => loadDemoCommune(root, 'khanh-khe'))).toBe(
      'khanh-khe/people.yaml: contacts[0] (unitName "Văn phòng").phone: Invalid input: expected string, received number',
    );
  });

  it('names an invalid YAML file', () => {
    mkdirSync(path.join(root, 'khanh-khe'), { recursive: true });
    writeFileSync(path.join(root, 'khanh-khe', 'documents.yaml'), '- number: "1\n  symbol: x');
    expect(problemOf(() => loadDemoCommune(root, 'khanh-khe'))).toMatch(/^khanh-khe\/documents\.yaml: invalid YAML: /u);
  });
});

describe('the demo communes', () => {
  const communes = loadDemoCommunes(CONTENT);

  it('all load and validate', () => {
    expect(communes.map((demo) => demo.commune.slug)).toEqual([...DEMO_COMMUNE_SLUGS]);
    for (const { commune, citizenVoice, publicWorks, disclosure } of communes) {
      expect(commune.articles.length).toBeGreaterThan(10);
      expect(commune.documents.length).toBeGreaterThan(10);
      expect(commune.procedures.length).toBeGreaterThan(5);
      expect(commune.officials.length).toBeGreaterThan(0);
      expect(commune.contacts.length).toBeGreaterThan(0);
      expect(commune.pages.map((page) => page.order)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(commune.pages.find((page) => page.section === 'organisation')?.en).toBeDefined();
      expect(citizenVoice.questions.length).toBeGreaterThan(0);
      expect(citizenVoice.consultations.map((consultation) => consultation.phase).sort()).toEqual(['closed', 'open', 'upcoming']);
      expect(publicWorks.plans.length + publicWorks.projects.length + publicWorks.notices.length).toBeGreaterThan(0);
      expect(disclosure.statistics).toHaveLength(2);
      // Decree 224/2026 is added to every register, with the commune's name in a sentence.
      expect(commune.documents.at(-1)?.content.join(' ')).toContain(`Trang thông tin điện tử xã ${commune.shortName}`);
    }
  });

  it('get the default menu with their own news categories, then English', () => {
    for (const { commune } of communes) {
      const news = commune.settings.menu.find((item) => item.url === '/tin-tuc');
      expect(news?.children?.map((child) => child.url)).toEqual(
        commune.categories.map((category) => `/tin-tuc/chuyen-muc/${category.slug}`),
      );
      expect(commune.settings.menu.map((item) => item.url)).toEqual(
        expect.arrayContaining(['/', '/gioi-thieu/tong-quan', '/van-ban', '/thu-tuc-hanh-chinh', '/hoi-dap', '/lay-y-kien', '/lien-he']),
      );
      expect(commune.settings.menu.at(-1)).toEqual({ label: 'English', url: '/en' });
    }
  });

  it('keep the boundary map of Khánh Khê, and its urgent notice with the end day', () => {
    const khanhKhe = communes[0];
    expect(khanhKhe?.commune.pages.find((page) => page.section === 'boundary_map')?.mapGeoJson).toMatchObject({
      type: 'FeatureCollection',
    });
    expect(khanhKhe?.urgentNotices[0]?.message('06/12/2026')).toContain('ngày 06/12/2026');
  });
});
