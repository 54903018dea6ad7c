import { blockImages, blockImageUrls, markdownImageUrls } from '../rich-text-images';

describe('blockImageUrls', () => {
  it('collects every image node of a blocks value, also nested, and nothing else', () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ảnh hội nghị' },
          { type: 'link', url: 'https://example.vn', children: [{ type: 'text', text: 'nguồn' }] },
        ],
      },
      {
        type: 'image',
        image: { url: '/uploads/khanh-khe_anh_1.jpg', alternativeText: 'Hội nghị' },
        children: [{ type: 'text', text: '' }],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'image', image: { url: 'https://tracker.example/p.gif' }, children: [] }] }],
      },
    ];
    expect(blockImageUrls(body)).toEqual(['/uploads/khanh-khe_anh_1.jpg', 'https://tracker.example/p.gif']);
  });

  it('reports an image node of an unknown shape as an empty address (refused), and ignores one without picture', () => {
    expect(blockImageUrls([{ type: 'image', image: 'https://tracker.example/p.gif', children: [] }])).toEqual(['']);
    expect(blockImageUrls([{ type: 'image', image: { src: 'https://tracker.example/p.gif' }, children: [] }])).toEqual(['']);
    expect(blockImageUrls([{ type: 'image', image: null, children: [] }])).toEqual([]);
  });

  it('rewrites an image address in place (the canonical form is stored)', () => {
    const body = [{ type: 'image', image: { url: 'http://127.0.0.1:1337/uploads/a.jpg' }, children: [] }];
    for (const image of blockImages(body)) image.setUrl('/uploads/a.jpg');
    expect(body[0]?.image.url).toBe('/uploads/a.jpg');
  });

  it('finds nothing in a value that is not blocks', () => {
    expect(blockImageUrls(null)).toEqual([]);
    expect(blockImageUrls('<img src="x">')).toEqual([]);
  });
});

describe('markdownImageUrls', () => {
  it('collects markdown images, HTML images and referenced images', () => {
    const text = [
      '![Hội nghị](/uploads/khanh-khe_anh_1.jpg "tiêu đề")',
      '<img alt="x" src="https://tracker.example/a.gif">',
      "<IMG SRC='//tracker.example/b.gif'>",
      '<img src=https://tracker.example/c.gif>',
      '![ảnh][1]',
      '',
      '[1]: https://tracker.example/d.gif',
      '[trang](https://example.vn) is a link, not an image',
    ].join('\n');
    expect(markdownImageUrls(text)).toEqual([
      '/uploads/khanh-khe_anh_1.jpg',
      'https://tracker.example/a.gif',
      '//tracker.example/b.gif',
      'https://tracker.example/c.gif',
      'https://tracker.example/d.gif',
    ]);
  });
});
