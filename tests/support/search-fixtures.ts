/**
 * The search contract's fixture: two communes' published items, written as the index stores them.
 * Khánh Khê (commune 1) has the words the relevance cases look for; Sơn Giang (commune 2) has
 * look-alikes that must never appear in Khánh Khê's results.
 */
import type { SearchEntry } from '../../plugins/portal-search/server/src/engine/types';

const base = {
  locale: '',
  slug: null,
  numberSymbol: null,
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
  publishedAt: '2026-10-01T08:00:00.000Z',
};

export const KHANH_KHE = 1;
export const SON_GIANG = 2;

export const FIXTURE: SearchEntry[] = [
  {
    ...base,
    communeId: KHANH_KHE,
    type: 'document',
    documentId: 'doc-239',
    title: 'Báo cáo số 239/BC-UBND: Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026',
    numberSymbol: '239/BC-UBND',
    summary: 'Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026',
    body: 'Ủy ban nhân dân xã Khánh Khê\nNguyễn Văn An\nChủ tịch',
    documentType: 'Báo cáo',
    issuingBody: 'Ủy ban nhân dân xã Khánh Khê',
    field: 'Kinh tế',
    signer: 'Nguyễn Văn An',
    issueDate: '2026-11-02',
  },
  {
    ...base,
    communeId: KHANH_KHE,
    type: 'document',
    documentId: 'doc-quyet-dinh',
    title: 'Quyết định số 12/QĐ-UBND: Quyết định thành lập Ban biên tập trang thông tin điện tử xã',
    numberSymbol: '12/QĐ-UBND',
    summary: 'Quyết định thành lập Ban biên tập trang thông tin điện tử xã',
    body: 'Ủy ban nhân dân xã Khánh Khê\nNguyễn Văn An',
    attachmentText:
      'Điều 1. Thành lập Ban biên tập gồm các ông bà có tên sau đây. Điều 2. Ban biên tập có nhiệm vụ thẩm định tin bài trước khi đăng tải. Phụ lục ghi rõ quy trình phúc khảo tin bài.',
    documentType: 'Quyết định',
    issuingBody: 'Ủy ban nhân dân xã Khánh Khê',
    field: 'Thông tin',
    signer: 'Nguyễn Văn An',
    issueDate: '2025-03-15',
    effectiveDate: '2025-03-15',
  },
  {
    ...base,
    communeId: KHANH_KHE,
    type: 'document',
    documentId: 'doc-nghi-quyet',
    title: 'Nghị quyết số 08-NQ/ĐU: Nghị quyết của Đảng ủy xã về lãnh đạo thực hiện chuyển đổi số',
    numberSymbol: '08-NQ/ĐU',
    summary: 'Nghị quyết của Đảng ủy xã về lãnh đạo thực hiện chuyển đổi số',
    documentType: 'Nghị quyết',
    issuingBody: 'Đảng ủy xã Khánh Khê',
    field: 'Chuyển đổi số',
    signer: 'Hoàng Thị Bình',
    issueDate: '2024-05-20',
    expiryDate: '2025-12-31',
  },
  {
    ...base,
    communeId: KHANH_KHE,
    type: 'article',
    documentId: 'art-van-ban',
    slug: 'cong-khai-van-ban',
    title: 'Xã công khai văn bản chỉ đạo điều hành trên trang thông tin điện tử',
    summary: 'Người dân có thể tra cứu văn bản của xã mọi lúc.',
    body: 'Trang thông tin điện tử xã Khánh Khê đăng tải đầy đủ văn bản chỉ đạo điều hành.',
  },
  {
    ...base,
    communeId: KHANH_KHE,
    type: 'article',
    documentId: 'art-khanh-khe',
    slug: 'ngay-hoi-dai-doan-ket',
    title: 'Ngày hội đại đoàn kết toàn dân tộc ở thôn Khòn Pát',
    summary: 'Nhân dân các dân tộc xã Khánh Khê vui ngày hội.',
    body: 'Không khí tưng bừng tại nhà văn hóa thôn.',
  },
  {
    ...base,
    communeId: SON_GIANG,
    type: 'document',
    documentId: 'sg-doc-239',
    title: 'Báo cáo số 239/BC-UBND: Báo cáo của xã Sơn Giang về văn bản quyết định',
    numberSymbol: '239/BC-UBND',
    summary: 'Báo cáo của xã Sơn Giang về văn bản quyết định của Đảng ủy xã Khánh Khê',
    attachmentText: 'Quy trình phúc khảo cũng có ở xã khác',
    documentType: 'Báo cáo',
    issuingBody: 'Ủy ban nhân dân xã Sơn Giang',
    signer: 'Lê Văn Cường',
    issueDate: '2026-11-01',
  },
  {
    ...base,
    communeId: SON_GIANG,
    type: 'article',
    documentId: 'sg-art',
    title: 'Sơn Giang học tập kinh nghiệm của Khánh Khê về văn bản điện tử',
    summary: 'Đảng ủy xã Sơn Giang tổ chức đoàn công tác.',
  },
];
