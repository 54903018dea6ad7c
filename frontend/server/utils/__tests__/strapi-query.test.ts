import { toStrapiQuery } from '../strapi-query';

describe('toStrapiQuery', () => {
  it('writes nested filters with bracketed keys, as Strapi reads them', () => {
    expect(toStrapiQuery({ filters: { commune: { slug: { $eq: 'khanh-khe' } } } })).toBe('filters[commune][slug][$eq]=khanh-khe');
  });

  it('indexes arrays, including arrays nested in objects', () => {
    expect(toStrapiQuery({ populate: { cover: { populate: ['image'] } }, sort: ['publishedAt:desc', 'title:asc'] })).toBe(
      'populate[cover][populate][0]=image&sort[0]=publishedAt%3Adesc&sort[1]=title%3Aasc',
    );
  });

  it('writes numbers and booleans as text and keeps the order of keys', () => {
    expect(
      toStrapiQuery({
        populate: { menu: { populate: 'children' }, featuredLinks: true },
        pagination: { page: 1, pageSize: 6 },
      }),
    ).toBe('populate[menu][populate]=children&populate[featuredLinks]=true&pagination[page]=1&pagination[pageSize]=6');
  });

  it('encodes values, so a value cannot add parameters of its own', () => {
    const query = toStrapiQuery({ filters: { title: { $containsi: 'văn bản & thông báo=1' } } });
    expect(query).toBe('filters[title][$containsi]=v%C4%83n%20b%E1%BA%A3n%20%26%20th%C3%B4ng%20b%C3%A1o%3D1');
    expect(new URLSearchParams(query).get('filters[title][$containsi]')).toBe('văn bản & thông báo=1');
  });

  it('encodes keys but leaves their brackets readable', () => {
    expect(toStrapiQuery({ 'a&b': { 'c d': 'x' } })).toBe('a%26b[c%20d]=x');
  });

  it('omits null, undefined and empty containers', () => {
    expect(toStrapiQuery({ a: null, b: undefined, c: [], d: {}, e: { f: undefined }, g: 'kept' })).toBe('g=kept');
  });

  it('returns an empty string for an empty query', () => {
    expect(toStrapiQuery({})).toBe('');
  });

  it('keeps empty strings and zero, which are real values', () => {
    expect(toStrapiQuery({ q: '', page: 0, flag: false })).toBe('q=&page=0&flag=false');
  });
});
