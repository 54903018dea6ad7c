import {
  citingAnyQuery,
  citingDocumentsQuery,
  incomingRelations,
  documentDetailQuery,
  isDocumentId,
  relatedDocumentGroups,
  toDocumentDetail,
  toDocumentRef,
  type RawCitingDocument,
  type RawDocumentDetail,
  type RawDocumentRef,
  type RawRelatedDocument,
} from '../document-content';
import { toStrapiQuery } from '../strapi-query';
import { fromCms } from './from-cms';

const STRAPI = 'http://127.0.0.1:1337';

const decision47 = {
  documentId: 'doc47aaaaaaaaaaaaaaaaaaa',
  number: '47',
  symbol: 'QĐ-UBND',
  numberSymbol: '47/QĐ-UBND',
  documentType: 'Quyết định',
  summary: 'Về việc thành lập Tổ công nghệ số cộng đồng xã Khánh Khê.',
  issueDate: '2023-03-15',
} satisfies RawDocumentRef;
const decree42 = {
  documentId: 'nd42aaaaaaaaaaaaaaaaaaaa',
  numberSymbol: '42/2022/NĐ-CP',
  documentType: 'Nghị định',
  summary: 'Quy định về việc cung cấp thông tin…',
  issueDate: '2022-06-24',
} satisfies RawDocumentRef;
const decision152 = {
  documentId: 'doc152aaaaaaaaaaaaaaaaaa',
  numberSymbol: '152/QĐ-UBND',
  documentType: 'Quyết định',
  summary: 'Kiện toàn Tổ công nghệ số cộng đồng.',
  issueDate: '2025-09-10',
} satisfies RawDocumentRef;

const raw47: RawDocumentDetail = {
  ...decision47,
  issuingBody: 'UBND xã Khánh Khê',
  signer: 'Lương Văn Khiêm',
  signerPosition: 'Chủ tịch',
  effectiveDate: '2023-03-15',
  expiryDate: '2025-09-10',
  field: 'Chuyển đổi số',
  files: [
    {
      name: '47-QĐ-UBND.pdf',
      url: `${STRAPI}/uploads/khanh_khe_47_abc.pdf`,
      mime: 'application/pdf',
      size: 35.2,
      caption: 'Quyết định số 47/QĐ-UBND',
    },
    { name: 'deleted.pdf', url: null },
  ],
  relatedDocuments: [
    { relationKind: 'Căn cứ', document: decree42 },
    // An unpublished target is populated as null.
    { relationKind: 'Căn cứ', document: null },
  ],
};

describe('the document page’s mapping', () => {
  it('names a document by its number and symbol, composing them when the stored form is missing', () => {
    expect(toDocumentRef({ documentId: 'x', number: '239', symbol: 'BC-UBND', documentType: 'Báo cáo', summary: ' Báo cáo ' })).toEqual({
      documentId: 'x',
      numberSymbol: '239/BC-UBND',
      documentType: 'Báo cáo',
      summary: 'Báo cáo',
      issueDate: null,
    });
  });

  it('gives the metadata, the status on the given day, the files on this site and both directions of relations', () => {
    const detail = toDocumentDetail(
      raw47,
      {
        citing: [
          {
            ...decision152,
            relatedDocuments: [{ relationKind: 'Thay thế', note: 'Thay thế toàn bộ', document: { documentId: decision47.documentId } }],
          },
        ],
        procedures: [{ documentId: 'procaaaaaaaaaaaaaaaaaaaa', code: '1.001193', name: 'Đăng ký khai sinh', slug: 'dang-ky-khai-sinh' }],
      },
      STRAPI,
      '2026-01-20',
    );
    expect(detail).toMatchObject({
      numberSymbol: '47/QĐ-UBND',
      documentType: 'Quyết định',
      issuingBody: 'UBND xã Khánh Khê',
      signer: 'Lương Văn Khiêm',
      signerPosition: 'Chủ tịch',
      issueDate: '2023-03-15',
      effectiveDate: '2023-03-15',
      expiryDate: '2025-09-10',
      field: 'Chuyển đổi số',
    });
    // Replaced by 152/QĐ-UBND from its issue date (it has no effective date), the day 47's expiry date says too.
    expect(detail.status).toEqual({
      kind: 'expired',
      label: 'Hết hiệu lực',
      since: '2025-09-10',
      cause: { kind: 'replaced', label: 'Bị thay thế bởi', from: '2025-09-10', document: toDocumentRef(decision152) },
      changes: [{ kind: 'replaced', label: 'Bị thay thế bởi', from: '2025-09-10', document: toDocumentRef(decision152) }],
    });
    expect(detail.files).toEqual([
      {
        name: '47-QĐ-UBND.pdf',
        url: '/uploads/khanh_khe_47_abc.pdf',
        caption: 'Quyết định số 47/QĐ-UBND',
        mime: 'application/pdf',
        bytes: 36045,
      },
    ]);
    expect(detail.related).toEqual([
      { label: 'Bị thay thế bởi', entries: [{ document: toDocumentRef(decision152), note: 'Thay thế toàn bộ' }] },
      { label: 'Căn cứ ban hành', entries: [{ document: toDocumentRef(decree42), note: null }] },
    ]);
    expect(detail.procedures).toEqual([{ code: '1.001193', name: 'Đăng ký khai sinh', path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh' }]);
  });

  it('computes the legal status on the day it is asked', () => {
    const status = (today: string) => toDocumentDetail(raw47, { citing: [], procedures: [] }, STRAPI, today).status.kind;
    expect(status('2023-03-14')).toBe('not_yet_in_force');
    expect(status('2024-06-01')).toBe('in_force');
    expect(status('2025-09-10')).toBe('expired');
  });

  it('lists a related document once per heading, never the document itself, and ignores other documents’ relations', () => {
    const groups = relatedDocumentGroups(
      decision47.documentId,
      [
        { relationKind: 'Căn cứ', document: decree42 },
        { relationKind: 'Căn cứ', document: decree42 },
        { relationKind: 'Căn cứ', document: decision47 },
        { relationKind: fromCms<RawRelatedDocument['relationKind']>('Lạ'), document: decision152 },
      ],
      [{ ...decision152, relatedDocuments: [{ relationKind: 'Sửa đổi, bổ sung', document: { documentId: 'someoneelseaaaaaaaaaaaaa' } }] }],
    );
    expect(groups.map((group) => [group.label, group.entries.map((entry) => entry.document.numberSymbol)])).toEqual([
      ['Căn cứ ban hành', ['42/2022/NĐ-CP']],
      ['Văn bản liên quan', ['152/QĐ-UBND']],
    ]);
  });

  it('says how older documents were changed: replaced, repealed, amended and guided by newer ones', () => {
    const citing = (relationKind: RawRelatedDocument['relationKind'], documentId: string): RawCitingDocument => ({
      documentId,
      numberSymbol: documentId,
      relatedDocuments: [{ relationKind, document: { documentId: 'target' } }],
    });
    const groups = relatedDocumentGroups(
      'target',
      [],
      [citing('Căn cứ', 'a'), citing('Hướng dẫn', 'b'), citing('Sửa đổi, bổ sung', 'c'), citing('Bãi bỏ', 'd'), citing('Thay thế', 'e')],
    );
    expect(groups.map((group) => group.label)).toEqual([
      'Bị thay thế bởi',
      'Bị bãi bỏ bởi',
      'Được sửa đổi, bổ sung bởi',
      'Được hướng dẫn bởi',
      'Được dùng làm căn cứ ban hành',
    ]);
  });

  it('only accepts documentId-shaped addresses', () => {
    expect(isDocumentId('vq3hb2ka0d9d8wkn1uy7l5cz')).toBe(true);
    expect(isDocumentId('../admin')).toBe(false);
    expect(isDocumentId('ABC')).toBe(false);
    expect(isDocumentId('')).toBe(false);
  });

  it('reads one document of the commune, and the documents naming it, always with the commune filter', () => {
    const commune = { commune: { slug: { $eq: 'khanh-khe' } } };
    expect(toStrapiQuery(documentDetailQuery('abc', commune))).toContain(
      'filters[commune][slug][$eq]=khanh-khe&filters[documentId][$eq]=abc',
    );
    expect(toStrapiQuery(citingDocumentsQuery('abc', commune))).toContain(
      'filters[commune][slug][$eq]=khanh-khe&filters[relatedDocuments][document][documentId][$eq]=abc',
    );
  });
});

describe('a replacement recorded on the newer document', () => {
  const decree224 = {
    documentId: 'nd224aaaaaaaaaaaaaaaaaaa',
    numberSymbol: '224/2026/NĐ-CP',
    documentType: 'Nghị định',
    summary: 'Quy định chi tiết…',
    issueDate: '2026-05-15',
  } satisfies RawDocumentRef;
  const raw42: RawDocumentDetail = { ...decree42, issuingBody: 'Chính phủ', effectiveDate: '2022-08-15', files: [], relatedDocuments: [] };
  const citing: RawCitingDocument[] = [
    {
      ...decree224,
      effectiveDate: '2026-07-01',
      relatedDocuments: [{ relationKind: 'Thay thế', document: { documentId: decree42.documentId } }],
    },
  ];

  it('ends the older document from the newer one’s effective date, with a link to it', () => {
    const before = toDocumentDetail(raw42, { citing, procedures: [] }, STRAPI, '2026-06-30').status;
    expect(before.kind).toBe('in_force');
    expect(before.changes.map((change) => [change.label, change.document.numberSymbol, change.from])).toEqual([
      ['Bị thay thế bởi', '224/2026/NĐ-CP', '2026-07-01'],
    ]);
    const after = toDocumentDetail(raw42, { citing, procedures: [] }, STRAPI, '2026-12-06');
    expect(after.status).toMatchObject({ kind: 'expired', since: '2026-07-01' });
    expect(after.related[0]).toEqual({ label: 'Bị thay thế bởi', entries: [{ document: toDocumentRef(decree224), note: null }] });
  });

  it('reads the citing documents with their dates', () => {
    const query = toStrapiQuery(citingAnyQuery([decree42.documentId], { commune: { slug: { $eq: 'khanh-khe' } } }));
    expect(query).toContain('fields[6]=effectiveDate');
    expect(query).toContain(`filters[relatedDocuments][document][documentId][$in][0]=${decree42.documentId}`);
    expect(incomingRelations(decree42.documentId, citing)).toEqual([
      {
        relationKind: 'Thay thế',
        dates: { issueDate: '2026-05-15', effectiveDate: '2026-07-01', expiryDate: null },
        document: toDocumentRef(decree224),
      },
    ]);
  });
});
