import type { SeedDocument } from './types';

/**
 * Decree 224/2026/NĐ-CP, which replaced Decree 42/2022/NĐ-CP from 1 July 2026, as each demo
 * commune's register records it. The summary stays with what /work/shared/design/LAW.md says
 * of the decree; no article text is quoted. The signer is left out (not known here): the site
 * then shows no signer rather than a made-up name. The issue date is an assumption of the demo
 * data (the decree's own date is to be checked in the Official Gazette, Công báo).
 */
export function decree224(communeName: string): SeedDocument {
  return {
    number: '224',
    symbol: '2026/NĐ-CP',
    documentType: 'Nghị định',
    issuingBody: 'Chính phủ',
    signerPosition: 'TM. Chính phủ',
    issueDate: '2026-05-15',
    effectiveDate: '2026-07-01',
    field: 'Công nghệ thông tin – Chuyển đổi số',
    summary:
      'Quy định chi tiết một số điều của Luật Chuyển đổi số số 148/2025/QH15, trong đó có việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; thay thế Nghị định số 42/2022/NĐ-CP.',
    content: [
      'CHÍNH PHỦ. NGHỊ ĐỊNH quy định chi tiết một số điều của Luật Chuyển đổi số.',
      `Ghi chú của Ban biên tập: Trang thông tin điện tử ${communeName} giới thiệu tóm tắt văn bản để cán bộ, công chức và Nhân dân tiện tra cứu. Phần tóm tắt không thay thế văn bản; khi áp dụng, đề nghị sử dụng toàn văn chính thức đăng trên Công báo và Cổng thông tin điện tử Chính phủ.`,
      'Theo tìm hiểu của Ban biên tập, Nghị định quy định việc cơ quan nhà nước cung cấp thông tin trên cổng thông tin điện tử, trang thông tin điện tử; đối với cấp xã, thông tin cần có gồm: tổ chức bộ máy, bản đồ địa giới hành chính, điều kiện tự nhiên, lịch sử, văn hóa, tóm tắt tiểu sử và nhiệm vụ được phân công của lãnh đạo.',
      'Nghị định cũng yêu cầu thông tin phải được cập nhật kịp thời khi có thay đổi; trang thông tin phải dùng được trên các loại thiết bị, hỗ trợ người khuyết tật tiếp cận, có chức năng đánh giá mức độ hài lòng, được đo lường tự động và phải thông báo trước khi tạm ngừng hoạt động theo kế hoạch.',
      'Nghị định có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026 và thay thế Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ. Ban biên tập đang rà soát, cập nhật các chuyên mục của Trang thông tin điện tử xã theo quy định mới.',
    ],
    related: [{ numberSymbol: '42/2022/NĐ-CP', relationKind: 'Thay thế' }],
  };
}
