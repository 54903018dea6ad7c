import { contactListQuery, toContactCard, toContactCards } from '../contact-content';
import { toStrapiQuery } from '../strapi-query';

describe('the contacts page’s mapping', () => {
  it('maps a unit with its phone links, leaving out empty fields and the meaningless role "Khác"', () => {
    expect(
      toContactCard({
        documentId: 'c1',
        unitName: ' Công an xã Khánh Khê ',
        unitNameEn: 'Khanh Khe Commune Police',
        role: 'Khác',
        personName: '',
        address: 'Thôn Nà Pàn',
        phone: '0205 3831 113; 113',
        email: 'congan.khanhkhe@langson.gov.vn',
        officeHours: null,
      }),
    ).toEqual({
      documentId: 'c1',
      unitName: 'Công an xã Khánh Khê',
      unitNameEn: 'Khanh Khe Commune Police',
      role: null,
      personName: null,
      address: 'Thôn Nà Pàn',
      phones: [
        { label: '0205 3831 113', href: 'tel:02053831113' },
        { label: '113', href: 'tel:113' },
      ],
      email: 'congan.khanhkhe@langson.gov.vn',
      officeHours: null,
    });
  });

  it('orders by the editors’ order, then by name, and drops units without a name', () => {
    const cards = toContactCards([
      { documentId: 'b', unitName: 'Bộ phận một cửa', order: 2 },
      { documentId: 'x', unitName: ' ', order: 0 },
      { documentId: 'a', unitName: 'Văn phòng', order: 1 },
      { documentId: 'c', unitName: 'Ban Chỉ huy Quân sự', order: 2 },
    ]);
    expect(cards.map((card) => card.documentId)).toEqual(['a', 'c', 'b']);
  });

  it('reads the commune’s contacts only', () => {
    expect(toStrapiQuery(contactListQuery({ commune: { slug: { $eq: 'quoc-tuan' } } }))).toContain('filters[commune][slug][$eq]=quoc-tuan');
  });
});
