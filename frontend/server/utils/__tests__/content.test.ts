import { normaliseBlocks, publicMediaUrl, toArticle, toDocumentSummary, toSiteSettings } from '../content';

const STRAPI = 'http://127.0.0.1:1337';

describe('publicMediaUrl', () => {
  it('keeps relative upload URLs, which this site serves itself', () => {
    expect(publicMediaUrl('/uploads/anh_abc.jpg', STRAPI)).toBe('/uploads/anh_abc.jpg');
  });

  it("makes upload URLs on Strapi's own origin relative, so the browser never calls Strapi", () => {
    expect(publicMediaUrl('http://127.0.0.1:1337/uploads/anh_abc.jpg', `${STRAPI}/`)).toBe('/uploads/anh_abc.jpg');
  });

  it('leaves URLs of an external store (S3, CDN) alone', () => {
    expect(publicMediaUrl('https://cdn.example.vn/uploads/anh.jpg', STRAPI)).toBe('https://cdn.example.vn/uploads/anh.jpg');
  });
});

describe('normaliseBlocks', () => {
  it('keeps known blocks and drops unknown or malformed nodes', () => {
    const blocks = normaliseBlocks(
      [
        { type: 'paragraph', children: [{ type: 'text', text: 'Xin chào', bold: true, onclick: 'x' }] },
        { type: 'heading', level: 9, children: [{ type: 'text', text: 'Tiêu đề' }] },
        { type: 'html', html: '<script>alert(1)</script>' },
        { type: 'image', image: { url: `${STRAPI}/uploads/a.jpg`, alternativeText: 'Ảnh', width: 800, height: 600 } },
        { type: 'image', image: null },
        'text',
        null,
      ],
      STRAPI,
    );
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Xin chào', bold: true }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Tiêu đề' }] },
      { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh', width: 800, height: 600 } },
    ]);
  });

  it('keeps nested lists and links', () => {
    const blocks = normaliseBlocks(
      [
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'link', url: '/van-ban', children: [{ type: 'text', text: 'Văn bản' }] }] },
            { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'con' }] }] },
          ],
        },
      ],
      STRAPI,
    );
    expect(blocks).toEqual([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'link', url: '/van-ban', children: [{ type: 'text', text: 'Văn bản' }] }] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'con' }] }] },
        ],
      },
    ]);
  });

  it('returns no blocks for a body that is not an array', () => {
    expect(normaliseBlocks(null, STRAPI)).toEqual([]);
    expect(normaliseBlocks('<p>x</p>', STRAPI)).toEqual([]);
  });
});

describe('toArticle', () => {
  it('keeps only the public fields, drops figures without an image and splits tags', () => {
    const article = toArticle(
      {
        documentId: 'abc',
        title: 'Hội nghị',
        slug: 'hoi-nghi',
        summary: '  ',
        kind: 'bai',
        publishedAt: '2025-11-20T03:00:00.000Z',
        cover: {
          image: {
            url: '/uploads/c.jpg',
            width: 1200,
            height: 800,
            alternativeText: null,
            formats: { small: { url: '/uploads/small_c.jpg', width: 500, height: 333 }, thumbnail: null },
          },
          alt: 'Toàn cảnh hội nghị',
          caption: 'Ảnh: Văn phòng',
        },
        gallery: [{ image: null, alt: 'mất ảnh' }],
        category: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
        tags: 'hội nghị, , HĐND ',
        authorName: 'Nguyễn Văn A',
        source: null,
      },
      STRAPI,
    );
    expect(article).toEqual({
      documentId: 'abc',
      title: 'Hội nghị',
      slug: 'hoi-nghi',
      summary: null,
      kind: 'bai',
      publishedAt: '2025-11-20T03:00:00.000Z',
      cover: {
        image: {
          url: '/uploads/c.jpg',
          width: 1200,
          height: 800,
          alternativeText: null,
          formats: { small: { url: '/uploads/small_c.jpg', width: 500, height: 333 } },
        },
        alt: 'Toàn cảnh hội nghị',
        caption: 'Ảnh: Văn phòng',
      },
      body: [],
      gallery: [],
      category: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
      featured: false,
      authorName: 'Nguyễn Văn A',
      source: null,
      tags: ['hội nghị', 'HĐND'],
    });
  });
});

describe('toDocumentSummary', () => {
  it('composes the number and symbol when numberSymbol is missing', () => {
    expect(
      toDocumentSummary({
        documentId: 'd1',
        number: '239',
        symbol: 'BC-UBND',
        numberSymbol: null,
        summary: 'Báo cáo',
        issueDate: '2025-11-01',
      }),
    ).toMatchObject({ numberSymbol: '239/BC-UBND', summary: 'Báo cáo', issueDate: '2025-11-01' });
  });
});

describe('toSiteSettings', () => {
  it('drops menu entries without a label or URL', () => {
    expect(
      toSiteSettings({
        siteTitle: 'Xã Khánh Khê',
        menu: [
          {
            label: 'Giới thiệu',
            url: '/gioi-thieu',
            children: [
              { label: 'Lịch sử', url: '/gioi-thieu/lich-su' },
              { label: '', url: '/x' },
            ],
          },
          { label: 'Trống', url: null },
        ],
        featuredLinks: null,
        footerText: null,
      }),
    ).toEqual({
      siteTitle: 'Xã Khánh Khê',
      menu: [
        {
          label: 'Giới thiệu',
          url: '/gioi-thieu',
          children: [{ label: 'Lịch sử', url: '/gioi-thieu/lich-su', description: null }],
        },
      ],
      featuredLinks: [],
      footerText: null,
      socialLinks: [],
    });
  });

  it('keeps the official channels on their own sites only', () => {
    const settings = toSiteSettings({
      zaloUrl: 'https://zalo.me/1234567890123456789',
      facebookUrl: 'https://evil.example/facebook.com',
      youtubeUrl: ' https://www.youtube.com/@ubndxakhanhkhe ',
    });
    expect(settings.socialLinks).toEqual([
      { name: 'Zalo OA', url: 'https://zalo.me/1234567890123456789' },
      { name: 'Kênh YouTube', url: 'https://www.youtube.com/@ubndxakhanhkhe' },
    ]);
  });
});
