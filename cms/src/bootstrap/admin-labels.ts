/**
 * Vietnamese labels for every field editors see in the content manager, and the field that names
 * an entry in lists and relation pickers. Field names stay English in code; editors read these.
 * A label province IT changed in "Configure the view" is kept: only default labels are replaced.
 */
import type { Core } from '@strapi/strapi';

type Labels = Record<string, string>;

/** Labels of one model, the field that names an entry, list columns, and derived (read-only) fields. */
interface ModelLabels {
  mainField: string;
  labels: Labels;
  list?: string[];
  readOnly?: string[];
}

const COMMON: Labels = { commune: 'Xã, phường', slug: 'Đường dẫn (để trống để tự tạo từ tiêu đề)', order: 'Thứ tự hiển thị' };

export const CONTENT_TYPE_LABELS: Record<string, ModelLabels> = {
  'api::article.article': {
    mainField: 'title',
    list: ['title', 'category', 'kind', 'commune'],
    labels: {
      title: 'Tiêu đề',
      summary: 'Tóm tắt',
      body: 'Nội dung',
      cover: 'Ảnh đại diện',
      gallery: 'Bộ ảnh',
      category: 'Chuyên mục',
      kind: 'Loại (tin ngắn hay bài viết)',
      featured: 'Tin nổi bật',
      authorName: 'Tác giả',
      source: 'Nguồn tin',
      tags: 'Từ khóa (cách nhau bởi dấu phẩy)',
    },
  },
  'api::document.document': {
    mainField: 'numberSymbol',
    list: ['numberSymbol', 'documentType', 'issueDate', 'issuingBody', 'commune'],
    readOnly: ['numberSymbol'],
    labels: {
      number: 'Số (ví dụ: 239)',
      symbol: 'Ký hiệu (ví dụ: BC-UBND)',
      numberSymbol: 'Số, ký hiệu (tự động)',
      documentType: 'Loại văn bản',
      issuingBody: 'Cơ quan ban hành',
      signer: 'Người ký',
      signerPosition: 'Chức vụ người ký',
      issueDate: 'Ngày ban hành',
      effectiveDate: 'Ngày có hiệu lực',
      expiryDate: 'Ngày hết hiệu lực',
      field: 'Lĩnh vực',
      summary: 'Trích yếu (tối đa 500 ký tự)',
      files: 'Tệp văn bản',
      relatedDocuments: 'Văn bản liên quan',
    },
  },
  'api::procedure.procedure': {
    mainField: 'name',
    list: ['code', 'name', 'field', 'onlineLevel', 'commune'],
    labels: {
      code: 'Mã thủ tục (ví dụ: 1.001612)',
      name: 'Tên thủ tục',
      field: 'Lĩnh vực',
      agency: 'Cơ quan thực hiện',
      onlineLevel: 'Mức độ dịch vụ công trực tuyến',
      howToFile: 'Cách thức thực hiện',
      steps: 'Trình tự thực hiện',
      dossier: 'Thành phần, số lượng hồ sơ',
      processingTime: 'Thời hạn giải quyết',
      fees: 'Phí, lệ phí',
      applicants: 'Đối tượng thực hiện',
      result: 'Kết quả thực hiện',
      legalBasisDocuments: 'Căn cứ pháp lý (văn bản đã đăng)',
      legalBasisText: 'Căn cứ pháp lý',
      forms: 'Mẫu đơn, tờ khai',
      onlineServiceUrl: 'Địa chỉ nộp hồ sơ trực tuyến',
    },
  },
  'api::page.page': {
    mainField: 'title',
    list: ['title', 'section', 'order', 'commune'],
    labels: {
      title: 'Tiêu đề',
      section: 'Mục giới thiệu',
      summary: 'Tóm tắt',
      body: 'Nội dung',
      map: 'Bản đồ địa giới hành chính',
      mapGeoJson: 'Ranh giới (GeoJSON, không bắt buộc)',
    },
  },
  'api::plan.plan': {
    mainField: 'title',
    list: ['title', 'planKind', 'periodStart', 'planStatus', 'commune'],
    labels: {
      title: 'Tên chiến lược, chương trình, quy hoạch, kế hoạch',
      planKind: 'Loại',
      field: 'Lĩnh vực',
      periodStart: 'Từ năm',
      periodEnd: 'Đến năm (để trống nếu chỉ một năm)',
      planStatus: 'Tình trạng',
      approvingDocument: 'Văn bản phê duyệt',
      summary: 'Tóm tắt nội dung, mục tiêu',
      body: 'Nội dung chi tiết',
      files: 'Tệp đính kèm',
      maps: 'Bản đồ, sơ đồ',
      reports: 'Báo cáo kết quả thực hiện',
    },
  },
  'api::investment-project.investment-project': {
    mainField: 'name',
    list: ['name', 'investor', 'startYear', 'projectStatus', 'commune'],
    labels: {
      name: 'Tên dự án, chương trình',
      investor: 'Chủ đầu tư',
      totalCapital: 'Tổng mức đầu tư (đồng)',
      capitalSource: 'Nguồn vốn',
      location: 'Địa điểm thực hiện',
      startYear: 'Năm khởi công',
      endYear: 'Năm hoàn thành (dự kiến)',
      projectStatus: 'Tình trạng',
      approvingDocument: 'Quyết định phê duyệt',
      summary: 'Quy mô, mục tiêu',
      progress: 'Tiến độ thực hiện (theo ngày)',
      files: 'Tệp đính kèm',
    },
  },
  'api::bidding-notice.bidding-notice': {
    mainField: 'title',
    list: ['title', 'noticeKind', 'noticeDate', 'project', 'commune'],
    labels: {
      title: 'Tiêu đề',
      noticeKind: 'Loại thông tin',
      project: 'Thuộc dự án (không bắt buộc)',
      packageName: 'Tên gói thầu',
      packageValue: 'Giá gói thầu (đồng)',
      noticeDate: 'Ngày đăng tải',
      closingDate: 'Thời điểm đóng thầu',
      winner: 'Nhà thầu trúng thầu',
      contractValue: 'Giá trúng thầu (đồng)',
      summary: 'Nội dung tóm tắt',
      files: 'Tệp đính kèm',
    },
  },
  'api::budget-report.budget-report': {
    mainField: 'title',
    list: ['title', 'year', 'reportKind', 'disclosedOn', 'commune'],
    labels: {
      title: 'Tiêu đề',
      year: 'Năm ngân sách',
      reportKind: 'Loại báo cáo',
      disclosedOn: 'Ngày công khai',
      approvingDocument: 'Văn bản công bố, phê duyệt',
      summary: 'Tóm tắt',
      lines: 'Bảng số liệu thu, chi',
      files: 'Tệp đính kèm (biểu mẫu công khai)',
    },
  },
  'api::statistic.statistic': {
    mainField: 'title',
    list: ['title', 'field', 'period', 'publishedOn', 'commune'],
    labels: {
      title: 'Tiêu đề',
      field: 'Lĩnh vực',
      period: 'Kỳ số liệu (ví dụ: Năm 2025)',
      publishedOn: 'Ngày công bố',
      summary: 'Tóm tắt',
      currentLabel: 'Tên cột kỳ này (ví dụ: Năm 2025)',
      previousLabel: 'Tên cột kỳ trước (ví dụ: Năm 2024)',
      rows: 'Bảng số liệu',
      chart: 'Vẽ biểu đồ cột từ bảng số liệu',
      files: 'Tệp đính kèm',
    },
  },
  'api::work-schedule.work-schedule': {
    mainField: 'title',
    list: ['title', 'weekStart', 'commune'],
    labels: {
      title: 'Tiêu đề (ví dụ: Lịch công tác tuần 49)',
      weekStart: 'Ngày thứ Hai của tuần',
      note: 'Ghi chú',
      entries: 'Các nội dung trong tuần',
    },
  },
  'api::info-access.info-access': {
    mainField: 'title',
    list: ['title', 'contactUnit', 'commune'],
    labels: {
      title: 'Tiêu đề chuyên mục',
      contactUnit: 'Đầu mối tiếp nhận yêu cầu cung cấp thông tin',
      contactPerson: 'Người phụ trách',
      address: 'Địa chỉ tiếp nhận',
      phone: 'Điện thoại',
      email: 'Thư điện tử',
      receivingHours: 'Thời gian tiếp nhận',
      howToRequest: 'Cách thức yêu cầu cung cấp thông tin',
      forms: 'Mẫu phiếu yêu cầu (tải về)',
      extraItems: 'Thông tin phải công khai khác (ngoài danh mục tự động)',
    },
  },
  'api::urgent-notice.urgent-notice': {
    mainField: 'title',
    list: ['title', 'level', 'endsAt', 'commune'],
    labels: {
      title: 'Tiêu đề ngắn',
      message: 'Nội dung thông báo',
      level: 'Mức độ',
      link: 'Liên kết xem thêm (không bắt buộc)',
      endsAt: 'Hiển thị đến',
    },
  },
  'api::question-answer.question-answer': {
    mainField: 'title',
    list: ['title', 'questionKind', 'topic', 'askedOn', 'commune'],
    // Set when the board drafts the answer from the inbox: the citizen looks the question up by it.
    readOnly: ['trackingCode'],
    labels: {
      title: 'Tiêu đề ngắn của câu hỏi',
      questionKind: 'Loại',
      topic: 'Lĩnh vực',
      question: 'Câu hỏi, phản ánh (đã bỏ thông tin cá nhân)',
      askerInitials: 'Người hỏi (chỉ chữ cái đầu)',
      askedOn: 'Ngày hỏi',
      answer: 'Nội dung trả lời',
      answeredOn: 'Ngày trả lời',
      answeredBy: 'Cơ quan, người trả lời',
      relatedDocuments: 'Văn bản liên quan',
      trackingCode: 'Mã tra cứu của người hỏi (tự động, không công khai)',
    },
  },
  'api::consultation.consultation': {
    mainField: 'title',
    list: ['title', 'opensAt', 'closesAt', 'commune'],
    labels: {
      title: 'Tên dự thảo',
      draftingAgency: 'Cơ quan chủ trì soạn thảo',
      summary: 'Tóm tắt nội dung dự thảo',
      body: 'Nội dung, vấn đề cần xin ý kiến',
      files: 'Tệp dự thảo và tài liệu kèm theo',
      opensAt: 'Bắt đầu nhận ý kiến',
      closesAt: 'Hết hạn nhận ý kiến',
      commentVisibility: 'Công khai ý kiến góp ý',
      resultSummary: 'Báo cáo tiếp thu, giải trình ý kiến',
      resultFiles: 'Tệp báo cáo tiếp thu, giải trình',
      resultPublishedOn: 'Ngày công bố báo cáo tiếp thu',
      adoptedDocument: 'Văn bản đã ban hành',
    },
  },
  'api::maintenance-window.maintenance-window': {
    mainField: 'startsAt',
    list: ['startsAt', 'endsAt', 'allCommunes', 'communes', 'message'],
    labels: {
      startsAt: 'Bắt đầu bảo trì',
      endsAt: 'Kết thúc bảo trì',
      message: 'Lời nhắn cho người dân (không bắt buộc)',
      allCommunes: 'Tất cả xã, phường',
      communes: 'Các xã, phường được bảo trì (đường dẫn, cách nhau bởi dấu phẩy; khi không chọn tất cả)',
    },
  },
  'api::category.category': {
    mainField: 'name',
    list: ['name', 'parent', 'order', 'commune'],
    labels: { name: 'Tên chuyên mục', description: 'Mô tả', parent: 'Chuyên mục cha', children: 'Chuyên mục con', articles: 'Tin bài' },
  },
  'api::official.official': {
    mainField: 'fullName',
    list: ['fullName', 'position', 'phone', 'commune'],
    labels: {
      fullName: 'Họ và tên',
      position: 'Chức vụ',
      positionEn: 'Chức vụ (tiếng Anh)',
      unit: 'Đơn vị',
      phone: 'Điện thoại',
      email: 'Thư điện tử công vụ',
      photo: 'Ảnh chân dung',
      termStart: 'Bắt đầu nhiệm kỳ',
      termEnd: 'Kết thúc nhiệm kỳ',
      slug: 'Đường dẫn trang riêng (để trống để tự tạo từ họ và tên)',
      biography: 'Tóm tắt tiểu sử (năm sinh, quê quán, trình độ, quá trình công tác; mỗi ý một dòng)',
      duties: 'Nhiệm vụ được phân công (mỗi nhiệm vụ một dòng)',
    },
  },
  'api::contact.contact': {
    mainField: 'unitName',
    list: ['unitName', 'role', 'phone', 'commune'],
    labels: {
      unitName: 'Tên đơn vị, bộ phận',
      unitNameEn: 'Tên đơn vị (tiếng Anh)',
      role: 'Vai trò',
      personName: 'Người phụ trách',
      address: 'Địa chỉ',
      phone: 'Điện thoại',
      email: 'Thư điện tử',
      officeHours: 'Giờ làm việc',
    },
  },
  'api::site-setting.site-setting': {
    mainField: 'siteTitle',
    list: ['siteTitle', 'commune'],
    labels: {
      siteTitle: 'Tên trang thông tin điện tử',
      menu: 'Trình đơn chính',
      featuredLinks: 'Liên kết nổi bật',
      footerText: 'Nội dung chân trang',
      zaloUrl: 'Zalo OA chính thức (https://zalo.me/…)',
      facebookUrl: 'Trang Facebook chính thức (https://www.facebook.com/…)',
      youtubeUrl: 'Kênh YouTube chính thức (https://www.youtube.com/…)',
      emcEnabled: 'Kết nối hệ thống đo lường EMC của Bộ',
      emcScriptUrl: 'Địa chỉ mã theo dõi EMC do Bộ cấp (https://…)',
      answerDueWorkingDays: 'Thời hạn trả lời câu hỏi của người dân (ngày làm việc)',
      retentionMonths: 'Thời gian lưu thông tin cá nhân người gửi (tháng)',
    },
  },
  'plugin::commune-tenancy.commune': {
    mainField: 'name',
    list: ['name', 'code', 'province', 'primaryDomain', 'siteStatus'],
    labels: {
      name: 'Tên xã, phường',
      shortName: 'Tên ngắn',
      slug: 'Mã viết tắt (slug)',
      code: 'Mã đơn vị hành chính',
      province: 'Tỉnh, thành phố',
      primaryDomain: 'Tên miền chính',
      domainAliases: 'Tên miền phụ (danh sách JSON)',
      siteStatus: 'Trạng thái trang',
      logo: 'Biểu trưng',
      banner: 'Ảnh đầu trang',
      themeColor: 'Màu chủ đạo (#rrggbb)',
      address: 'Địa chỉ',
      phone: 'Điện thoại',
      fax: 'Fax',
      email: 'Thư điện tử',
      contentResponsible: 'Người chịu trách nhiệm nội dung',
      reuseNote: 'Ghi chú về việc sử dụng lại thông tin',
    },
  },
};

export const COMPONENT_LABELS: Record<string, ModelLabels> = {
  'media.figure': { mainField: 'alt', labels: { image: 'Ảnh', alt: 'Mô tả ảnh cho người khiếm thị (bắt buộc)', caption: 'Chú thích ảnh' } },
  'document.related-document': {
    mainField: 'relationKind',
    labels: {
      relationKind: 'Quan hệ (văn bản này … văn bản được chọn)',
      document: 'Văn bản',
      note: 'Ghi chú (ví dụ: các điều được sửa đổi)',
    },
  },
  'navigation.link': { mainField: 'label', labels: { label: 'Nhãn', url: 'Địa chỉ liên kết', description: 'Mô tả' } },
  'plan.implementation-report': {
    mainField: 'title',
    labels: { reportDate: 'Ngày báo cáo', title: 'Tiêu đề', summary: 'Kết quả thực hiện', files: 'Tệp đính kèm' },
  },
  'investment.progress-update': {
    mainField: 'updateDate',
    labels: {
      updateDate: 'Ngày cập nhật',
      percentComplete: 'Khối lượng hoàn thành (%)',
      disbursed: 'Đã giải ngân (đồng)',
      note: 'Tình hình thực hiện',
    },
  },
  'budget.line': {
    mainField: 'item',
    labels: { section: 'Thu hay chi', item: 'Chỉ tiêu', planned: 'Dự toán (đồng)', actual: 'Thực hiện (đồng)', note: 'Ghi chú' },
  },
  'statistics.row': {
    mainField: 'indicator',
    labels: { indicator: 'Chỉ tiêu', unit: 'Đơn vị tính', previous: 'Kỳ trước', current: 'Kỳ này' },
  },
  'schedule.entry': {
    mainField: 'content',
    labels: {
      day: 'Ngày',
      time: 'Giờ (ví dụ: 08:00)',
      content: 'Nội dung',
      place: 'Địa điểm',
      leader: 'Lãnh đạo chủ trì',
      attendees: 'Thành phần tham dự',
    },
  },
  'info-access.item': {
    mainField: 'title',
    labels: { title: 'Thông tin', legalBasis: 'Căn cứ', location: 'Nơi đăng tải', timing: 'Thời hạn công khai' },
  },
  'navigation.menu-item': { mainField: 'label', labels: { label: 'Nhãn', url: 'Địa chỉ liên kết', children: 'Mục con' } },
};

interface FieldMetadata {
  edit?: { label?: string; editable?: boolean };
  list?: { label?: string };
}

interface ViewConfiguration {
  settings: Record<string, unknown> & { mainField?: string };
  metadatas: Record<string, FieldMetadata>;
  layouts: Record<string, unknown> & { list?: string[] };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

/**
 * Pure: the configuration with default labels (a label equal to the field name) replaced, and the
 * main field set. Exported for unit tests.
 */
export function applyLabels(configuration: ViewConfiguration, wanted: ModelLabels): ViewConfiguration {
  const metadatas: Record<string, FieldMetadata> = {};
  for (const [field, metadata] of Object.entries(configuration.metadatas)) {
    const label = wanted.labels[field] ?? COMMON[field];
    const replace = (current: string | undefined): string | undefined =>
      label && (current === undefined || current === field) ? label : current;
    const readOnly = wanted.readOnly?.includes(field) ? { editable: false } : {};
    metadatas[field] = {
      ...metadata,
      ...(metadata.edit ? { edit: { ...metadata.edit, label: replace(metadata.edit.label), ...readOnly } } : {}),
      ...(metadata.list ? { list: { ...metadata.list, label: replace(metadata.list.label) } } : {}),
    };
  }
  const layouts = wanted.list
    ? { ...configuration.layouts, list: wanted.list.filter((field) => field in configuration.metadatas) }
    : configuration.layouts;
  return { ...configuration, settings: { ...configuration.settings, mainField: wanted.mainField }, metadatas, layouts };
}

/** Bump when the tables above change, so that installations pick the new labels up once. */
export const LABELS_VERSION = 7;
const STORE_KEY = { type: 'core', name: 'commune-portal', key: 'admin-labels-version' } as const;

export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  // Applied once per version: afterwards province IT may change the main field freely.
  const applied = await strapi.store.get(STORE_KEY);
  if (typeof applied === 'number' && applied >= LABELS_VERSION) return;
  const contentManager = strapi.plugin('content-manager');
  const groups: Array<[ConfigurationService, Record<string, ModelLabels>]> = [
    [contentManager.service('content-types') as ConfigurationService, CONTENT_TYPE_LABELS],
    [contentManager.service('components') as ConfigurationService, COMPONENT_LABELS],
  ];
  for (const [service, table] of groups) {
    for (const [uid, wanted] of Object.entries(table)) {
      const current = await service.findConfiguration({ uid });
      await service.updateConfiguration({ uid }, applyLabels(current, wanted));
    }
  }
  await strapi.store.set({ ...STORE_KEY, value: LABELS_VERSION });
}
