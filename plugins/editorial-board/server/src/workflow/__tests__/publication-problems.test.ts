import { classify, editorLabel, explainProblem, explainProblems, type FieldModel, type LabelSource } from '../publication-problems';

const ARTICLE = 'api::article.article';
const models: Record<string, FieldModel> = {
  [ARTICLE]: {
    attributes: {
      title: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'enumeration' },
      cover: { type: 'component', component: 'media.figure', repeatable: false },
      gallery: { type: 'component', component: 'media.figure', repeatable: true },
      links: { type: 'component', component: 'navigation.link', repeatable: true },
    },
  },
  'media.figure': { attributes: { image: { type: 'media' }, alt: { type: 'string' }, caption: { type: 'string' } } },
  'navigation.link': { attributes: { label: { type: 'string' }, url: { type: 'string' } } },
};
const labels: Record<string, Record<string, string>> = {
  [ARTICLE]: {
    title: 'Tiêu đề',
    slug: 'Đường dẫn (để trống để tự tạo từ tiêu đề)',
    kind: 'Loại (tin: tin ngắn, bai: bài viết)',
    cover: 'Ảnh bìa',
    gallery: 'Bộ ảnh',
    links: 'Liên kết',
  },
  'media.figure': { image: 'Ảnh', alt: 'Mô tả ảnh cho người khiếm thị (bắt buộc)', caption: 'Chú thích ảnh' },
  'navigation.link': { label: 'Nhãn' },
};
const source: LabelSource = { model: (uid) => models[uid], label: (uid, field) => labels[uid]?.[field] };

// Messages exactly as Strapi 5.54's validators word them.
const NULL_STRING = (path: string) => `${path} must be a \`string\` type, but the final value was: \`null\`.`;

describe('explainProblem', () => {
  it('says an empty cover block in the editor’s words (the issue’s case)', () => {
    expect(explainProblem(ARTICLE, { path: ['cover', 'alt'], message: NULL_STRING('cover.alt'), value: null }, source)).toBe(
      'Ảnh bìa: hãy nhập mô tả ảnh (chữ thay thế) hoặc bỏ ảnh bìa.',
    );
  });

  it('asks for the photo of a figure whose image is missing', () => {
    expect(explainProblem(ARTICLE, { path: ['cover', 'image'], message: 'image must be defined.', value: null }, source)).toBe(
      'Ảnh bìa: hãy chọn ảnh hoặc bỏ ảnh bìa.',
    );
  });

  it('names the gallery photo by its position, counted from one', () => {
    expect(explainProblem(ARTICLE, { path: ['gallery', '1', 'alt'], message: NULL_STRING('gallery[1].alt'), value: null }, source)).toBe(
      'Bộ ảnh, ảnh thứ 2: hãy nhập mô tả ảnh (chữ thay thế) hoặc bỏ ảnh này.',
    );
  });

  it('says a missing required field by its label, without the edit screen’s hints in brackets', () => {
    expect(explainProblem(ARTICLE, { path: ['title'], message: 'title must be defined.', value: undefined }, source)).toBe(
      'Tiêu đề: chưa nhập, đây là thông tin bắt buộc.',
    );
    expect(
      explainProblem(
        ARTICLE,
        { path: ['kind'], message: 'kind must be a `string` type, but the final value was: `null`.', value: null },
        source,
      ),
    ).toBe('Loại: chưa nhập, đây là thông tin bắt buộc.');
  });

  it('gives the limit of a field that is too long', () => {
    expect(
      explainProblem(ARTICLE, { path: ['title'], message: 'title must be at most 255 characters', value: 'x'.repeat(300) }, source),
    ).toBe('Tiêu đề: dài quá, tối đa 255 ký tự.');
  });

  it('says a wrong format and a value outside the choices', () => {
    expect(
      explainProblem(
        ARTICLE,
        { path: ['slug'], message: 'slug must match the following: "/^[a-z0-9]+(?:-[a-z0-9]+)*$/"', value: 'Có dấu' },
        source,
      ),
    ).toBe('Đường dẫn: chưa đúng định dạng, hãy kiểm tra lại.');
    expect(
      explainProblem(ARTICLE, { path: ['kind'], message: 'kind must be one of the following values: tin, bai', value: 'x' }, source),
    ).toBe('Loại: hãy chọn một trong các giá trị có sẵn.');
  });

  it('names a field of another repeated component by the row’s position', () => {
    expect(explainProblem(ARTICLE, { path: ['links', '0', 'label'], message: 'label must be defined.', value: null }, source)).toBe(
      'Liên kết, mục thứ 1, Nhãn: chưa nhập, đây là thông tin bắt buộc.',
    );
  });

  it('falls back to the field name when no label is configured, and to a generic sentence', () => {
    expect(explainProblem(ARTICLE, { path: ['source'], message: 'source is strange', value: 'x' }, source)).toBe(
      'source: giá trị chưa hợp lệ, hãy kiểm tra lại.',
    );
    expect(
      explainProblem(
        ARTICLE,
        { path: [], message: '1 relation(s) of type plugin::upload.file associated with this entity do not exist' },
        source,
      ),
    ).toMatch(/không còn tồn tại/);
  });
});

describe('explainProblems', () => {
  it('leads with what to do and says each problem once', () => {
    const message = explainProblems(
      ARTICLE,
      [
        { path: ['cover', 'alt'], message: NULL_STRING('cover.alt'), value: null },
        { path: ['cover', 'alt'], message: 'cover.alt must be defined.', value: null },
        { path: ['title'], message: 'title must be defined.' },
      ],
      source,
    );
    expect(message).toBe(
      'Nội dung chưa đủ để đăng lên trang, hãy sửa rồi thử lại. Ảnh bìa: hãy nhập mô tả ảnh (chữ thay thế) hoặc bỏ ảnh bìa. Tiêu đề: chưa nhập, đây là thông tin bắt buộc.',
    );
    expect(message).not.toMatch(/must|`/);
  });
});

describe('classify and editorLabel', () => {
  it('reads the kind of problem and its limit from the validator’s message', () => {
    expect(classify('x must be at least 3 characters', 'ab')).toEqual({ kind: 'too-short', limit: 3 });
    expect(classify('x must be at least 1 characters', '')).toEqual({ kind: 'missing', limit: 1 });
    expect(classify('x field must have at most 4 items', [])).toEqual({ kind: 'too-many', limit: 4 });
    expect(classify('x must be less than or equal to 100', 120)).toEqual({ kind: 'too-big', limit: 100 });
    expect(classify('This attribute must be unique', 'a')).toEqual({ kind: 'unique' });
  });

  it('drops only a trailing bracketed hint', () => {
    expect(editorLabel('Mô tả ảnh cho người khiếm thị (bắt buộc)')).toBe('Mô tả ảnh cho người khiếm thị');
    expect(editorLabel('Tiêu đề')).toBe('Tiêu đề');
    expect(editorLabel('(bắt buộc)')).toBe('(bắt buộc)');
  });
});
