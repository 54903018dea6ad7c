/**
 * GENERATED FILE, do not edit: `npm run types:answers` (scripts/generate-answer-types.ts) writes it from
 * the schemas in cms/src/api/<api>/content-types/<type>/schema.json, cms/src/components/<category>/
 * and the plugin types the site reads (scripts/lib/answer-types.ts, PUBLIC_PLUGIN_TYPES).
 *
 * Strapi 5 REST answers: flat entries with `documentId`, no `attributes` wrapper. Every attribute is
 * optional (it is only there when selected or populated) and may be null; private attributes are
 * left out, as Strapi never answers them. The site derives its narrower row types from these
 * (frontend/server/types/strapi-answer.ts).
 */

/** One entry of an image's `formats` (thumbnail, small, medium, large): a resized copy. */
export interface UploadFileFormat {
  ext?: string | null;
  hash?: string | null;
  height?: number | null;
  mime?: string | null;
  name?: string | null;
  path?: string | null;
  /** Kilobytes with decimals. */
  size?: number | null;
  sizeInBytes?: number | null;
  url?: string | null;
  width?: number | null;
}

/** plugin::upload.file — a populated media field (Strapi's upload plugin; written by hand in the generator). */
export interface UploadFileAnswer {
  alternativeText?: string | null;
  caption?: string | null;
  createdAt?: string | null;
  documentId: string;
  ext?: string | null;
  formats?: Partial<Record<string, UploadFileFormat | null>> | null;
  hash?: string | null;
  height?: number | null;
  id?: number;
  mime?: string | null;
  name?: string | null;
  previewUrl?: string | null;
  provider?: string | null;
  provider_metadata?: unknown;
  publishedAt?: string | null;
  /** Kilobytes with decimals, as Strapi stores it. */
  size?: number | null;
  updatedAt?: string | null;
  url?: string | null;
  width?: number | null;
}

/** api::article.article — `GET /api/articles`. */
export interface ArticleAnswer {
  authorName?: string | null;
  body?: unknown;
  category?: CategoryAnswer | null;
  commune?: CommuneAnswer | null;
  cover?: MediaFigureComponent | null;
  createdAt?: string | null;
  documentId: string;
  featured?: boolean | null;
  gallery?: MediaFigureComponent[] | null;
  id?: number;
  kind?: 'tin' | 'bai' | null;
  publishedAt?: string | null;
  slug?: string | null;
  source?: string | null;
  summary?: string | null;
  tags?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** api::bidding-notice.bidding-notice — `GET /api/bidding-notices`. */
export interface BiddingNoticeAnswer {
  closingDate?: string | null;
  commune?: CommuneAnswer | null;
  contractValue?: string | number | null;
  createdAt?: string | null;
  documentId: string;
  files?: UploadFileAnswer[] | null;
  id?: number;
  noticeDate?: string | null;
  noticeKind?: 'Kế hoạch lựa chọn nhà thầu' | 'Thông báo mời thầu' | 'Kết quả lựa chọn nhà thầu' | 'Mua sắm công' | null;
  packageName?: string | null;
  packageValue?: string | number | null;
  project?: InvestmentProjectAnswer | null;
  publishedAt?: string | null;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
  winner?: string | null;
}

/** Component budget.line. */
export interface BudgetLineComponent {
  actual?: string | number | null;
  id?: number;
  item?: string | null;
  note?: string | null;
  planned?: string | number | null;
  section?: 'Thu ngân sách' | 'Chi ngân sách' | null;
}

/** api::budget-report.budget-report — `GET /api/budget-reports`. */
export interface BudgetReportAnswer {
  approvingDocument?: DocumentAnswer | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  disclosedOn?: string | null;
  documentId: string;
  files?: UploadFileAnswer[] | null;
  id?: number;
  lines?: BudgetLineComponent[] | null;
  publishedAt?: string | null;
  reportKind?:
    | 'Dự toán'
    | 'Thực hiện quý I'
    | 'Thực hiện 6 tháng'
    | 'Thực hiện 9 tháng'
    | 'Thực hiện cả năm'
    | 'Quyết toán'
    | 'Báo cáo tài chính năm'
    | null;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
  year?: number | null;
}

/** api::category.category — `GET /api/categories`. */
export interface CategoryAnswer {
  articles?: ArticleAnswer[] | null;
  children?: CategoryAnswer[] | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  description?: string | null;
  documentId: string;
  id?: number;
  name?: string | null;
  order?: number | null;
  parent?: CategoryAnswer | null;
  publishedAt?: string | null;
  slug?: string | null;
  updatedAt?: string | null;
}

/** plugin::commune-tenancy.commune — as a populated relation answers it. */
export interface CommuneAnswer {
  address?: string | null;
  banner?: UploadFileAnswer | null;
  code?: string | null;
  contentResponsible?: string | null;
  createdAt?: string | null;
  documentId: string;
  domainAliases?: unknown;
  email?: string | null;
  fax?: string | null;
  id?: number;
  logo?: UploadFileAnswer | null;
  name?: string | null;
  phone?: string | null;
  primaryDomain?: string | null;
  province?: string | null;
  publishedAt?: string | null;
  reuseNote?: string | null;
  shortName?: string | null;
  siteStatus?: 'active' | 'suspended' | null;
  slug?: string | null;
  themeColor?: string | null;
  updatedAt?: string | null;
}

/** api::consultation.consultation — `GET /api/consultations`. */
export interface ConsultationAnswer {
  adoptedDocument?: DocumentAnswer | null;
  body?: unknown;
  closesAt?: string | null;
  commentVisibility?: 'Công khai sau khi duyệt' | 'Không công khai' | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  draftingAgency?: string | null;
  files?: UploadFileAnswer[] | null;
  id?: number;
  opensAt?: string | null;
  publishedAt?: string | null;
  resultFiles?: UploadFileAnswer[] | null;
  resultPublishedOn?: string | null;
  resultSummary?: unknown;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** api::contact.contact — `GET /api/contacts`. */
export interface ContactAnswer {
  address?: string | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  email?: string | null;
  id?: number;
  officeHours?: string | null;
  order?: number | null;
  personName?: string | null;
  phone?: string | null;
  publishedAt?: string | null;
  role?: 'Văn phòng' | 'Bộ phận một cửa' | 'Người phát ngôn' | 'Tiếp nhận phản ánh, kiến nghị' | 'Công an' | 'Quân sự' | 'Khác' | null;
  unitName?: string | null;
  unitNameEn?: string | null;
  updatedAt?: string | null;
}

/** api::document.document — `GET /api/documents`. */
export interface DocumentAnswer {
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  documentType?:
    | 'Nghị quyết'
    | 'Quyết định'
    | 'Chỉ thị'
    | 'Quy chế'
    | 'Quy định'
    | 'Thông cáo'
    | 'Thông báo'
    | 'Hướng dẫn'
    | 'Chương trình'
    | 'Kế hoạch'
    | 'Phương án'
    | 'Đề án'
    | 'Dự án'
    | 'Báo cáo'
    | 'Biên bản'
    | 'Tờ trình'
    | 'Hợp đồng'
    | 'Công văn'
    | 'Công điện'
    | 'Bản ghi nhớ'
    | 'Bản thỏa thuận'
    | 'Giấy ủy quyền'
    | 'Giấy mời'
    | 'Giấy giới thiệu'
    | 'Giấy nghỉ phép'
    | 'Phiếu gửi'
    | 'Phiếu chuyển'
    | 'Phiếu báo'
    | 'Thư công'
    | 'Luật'
    | 'Nghị định'
    | 'Thông tư'
    | 'Văn bản khác'
    | null;
  effectiveDate?: string | null;
  expiryDate?: string | null;
  field?: string | null;
  files?: UploadFileAnswer[] | null;
  id?: number;
  issueDate?: string | null;
  issuingBody?: string | null;
  number?: string | null;
  numberSymbol?: string | null;
  publishedAt?: string | null;
  relatedDocuments?: DocumentRelatedDocumentComponent[] | null;
  signer?: string | null;
  signerPosition?: string | null;
  summary?: string | null;
  symbol?: string | null;
  updatedAt?: string | null;
}

/** Component document.related-document. */
export interface DocumentRelatedDocumentComponent {
  document?: DocumentAnswer | null;
  id?: number;
  note?: string | null;
  relationKind?: 'Thay thế' | 'Sửa đổi, bổ sung' | 'Hướng dẫn' | 'Căn cứ' | 'Bãi bỏ' | 'Bãi bỏ một phần' | null;
}

/** api::info-access.info-access — `GET /api/info-accesses`. */
export interface InfoAccessAnswer {
  address?: string | null;
  commune?: CommuneAnswer | null;
  contactPerson?: string | null;
  contactUnit?: string | null;
  createdAt?: string | null;
  documentId: string;
  email?: string | null;
  extraItems?: InfoAccessItemComponent[] | null;
  forms?: UploadFileAnswer[] | null;
  howToRequest?: unknown;
  id?: number;
  phone?: string | null;
  publishedAt?: string | null;
  receivingHours?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** Component info-access.item. */
export interface InfoAccessItemComponent {
  id?: number;
  legalBasis?: string | null;
  location?: string | null;
  timing?: string | null;
  title?: string | null;
}

/** Component investment.progress-update. */
export interface InvestmentProgressUpdateComponent {
  disbursed?: string | number | null;
  id?: number;
  note?: string | null;
  percentComplete?: number | null;
  updateDate?: string | null;
}

/** api::investment-project.investment-project — `GET /api/investment-projects`. */
export interface InvestmentProjectAnswer {
  approvingDocument?: DocumentAnswer | null;
  capitalSource?: string | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  endYear?: number | null;
  files?: UploadFileAnswer[] | null;
  id?: number;
  investor?: string | null;
  location?: string | null;
  name?: string | null;
  progress?: InvestmentProgressUpdateComponent[] | null;
  projectStatus?: 'Chuẩn bị đầu tư' | 'Đang thực hiện' | 'Tạm dừng' | 'Đã hoàn thành' | null;
  publishedAt?: string | null;
  slug?: string | null;
  startYear?: number | null;
  summary?: string | null;
  totalCapital?: string | number | null;
  updatedAt?: string | null;
}

/** api::maintenance-window.maintenance-window — `GET /api/maintenance-windows`. */
export interface MaintenanceWindowAnswer {
  allCommunes?: boolean | null;
  communes?: string | null;
  createdAt?: string | null;
  documentId: string;
  endsAt?: string | null;
  id?: number;
  message?: string | null;
  publishedAt?: string | null;
  startsAt?: string | null;
  updatedAt?: string | null;
}

/** Component media.figure. */
export interface MediaFigureComponent {
  alt?: string | null;
  caption?: string | null;
  id?: number;
  image?: UploadFileAnswer | null;
}

/** Component navigation.link. */
export interface NavigationLinkComponent {
  description?: string | null;
  id?: number;
  label?: string | null;
  url?: string | null;
}

/** Component navigation.menu-item. */
export interface NavigationMenuItemComponent {
  children?: NavigationLinkComponent[] | null;
  id?: number;
  label?: string | null;
  url?: string | null;
}

/** api::official.official — `GET /api/officials`. */
export interface OfficialAnswer {
  biography?: string | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  duties?: string | null;
  email?: string | null;
  fullName?: string | null;
  id?: number;
  order?: number | null;
  phone?: string | null;
  photo?: UploadFileAnswer | null;
  position?: string | null;
  positionEn?: string | null;
  publishedAt?: string | null;
  slug?: string | null;
  termEnd?: string | null;
  termStart?: string | null;
  unit?: string | null;
  updatedAt?: string | null;
}

/** api::page.page — `GET /api/pages`. */
export interface PageAnswer {
  body?: unknown;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  id?: number;
  locale?: string | null;
  map?: UploadFileAnswer | null;
  mapGeoJson?: unknown;
  order?: number | null;
  publishedAt?: string | null;
  section?: 'overview' | 'history' | 'natural_conditions' | 'culture' | 'organisation' | 'boundary_map' | null;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** api::plan.plan — `GET /api/plans`. */
export interface PlanAnswer {
  approvingDocument?: DocumentAnswer | null;
  body?: unknown;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  field?: string | null;
  files?: UploadFileAnswer[] | null;
  id?: number;
  maps?: UploadFileAnswer[] | null;
  periodEnd?: number | null;
  periodStart?: number | null;
  planKind?: 'Chiến lược' | 'Chương trình' | 'Quy hoạch' | 'Kế hoạch' | 'Chương trình công tác năm' | null;
  planStatus?: 'Đang xây dựng' | 'Đã phê duyệt' | 'Đang thực hiện' | 'Đã hoàn thành' | null;
  publishedAt?: string | null;
  reports?: PlanImplementationReportComponent[] | null;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** Component plan.implementation-report. */
export interface PlanImplementationReportComponent {
  files?: UploadFileAnswer[] | null;
  id?: number;
  reportDate?: string | null;
  summary?: string | null;
  title?: string | null;
}

/** api::procedure.procedure — `GET /api/procedures`. */
export interface ProcedureAnswer {
  agency?: string | null;
  applicants?: string | null;
  code?: string | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  dossier?: unknown;
  fees?: string | null;
  field?: string | null;
  forms?: UploadFileAnswer[] | null;
  howToFile?: unknown;
  id?: number;
  legalBasisDocuments?: DocumentAnswer[] | null;
  legalBasisText?: string | null;
  name?: string | null;
  onlineLevel?: 'Toàn trình' | 'Một phần' | 'Trực tiếp' | null;
  onlineServiceUrl?: string | null;
  processingTime?: string | null;
  publishedAt?: string | null;
  result?: string | null;
  slug?: string | null;
  steps?: unknown;
  updatedAt?: string | null;
}

/** api::question-answer.question-answer — `GET /api/question-answers`. */
export interface QuestionAnswerAnswer {
  answer?: unknown;
  answeredBy?: string | null;
  answeredOn?: string | null;
  askedOn?: string | null;
  askerInitials?: string | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  id?: number;
  publishedAt?: string | null;
  question?: string | null;
  questionKind?: 'Hỏi đáp' | 'Phản ánh, kiến nghị' | null;
  relatedDocuments?: DocumentAnswer[] | null;
  slug?: string | null;
  title?: string | null;
  topic?:
    | 'Hành chính, tư pháp, hộ tịch'
    | 'Đất đai, xây dựng'
    | 'Tài nguyên, môi trường'
    | 'Giao thông, hạ tầng'
    | 'Nông nghiệp'
    | 'Y tế, giáo dục'
    | 'Lao động, an sinh xã hội'
    | 'An ninh, trật tự'
    | 'Khác'
    | null;
  updatedAt?: string | null;
}

/** Component schedule.entry. */
export interface ScheduleEntryComponent {
  attendees?: string | null;
  content?: string | null;
  day?: string | null;
  id?: number;
  leader?: string | null;
  place?: string | null;
  time?: string | null;
}

/** api::site-setting.site-setting — `GET /api/site-settings`. */
export interface SiteSettingAnswer {
  answerDueWorkingDays?: number | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  emcEnabled?: boolean | null;
  emcScriptUrl?: string | null;
  facebookUrl?: string | null;
  featuredLinks?: NavigationLinkComponent[] | null;
  footerText?: string | null;
  id?: number;
  menu?: NavigationMenuItemComponent[] | null;
  publishedAt?: string | null;
  retentionMonths?: number | null;
  siteTitle?: string | null;
  updatedAt?: string | null;
  youtubeUrl?: string | null;
  zaloUrl?: string | null;
}

/** api::statistic.statistic — `GET /api/statistics`. */
export interface StatisticAnswer {
  chart?: boolean | null;
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  currentLabel?: string | null;
  documentId: string;
  field?: string | null;
  files?: UploadFileAnswer[] | null;
  id?: number;
  period?: string | null;
  previousLabel?: string | null;
  publishedAt?: string | null;
  publishedOn?: string | null;
  rows?: StatisticsRowComponent[] | null;
  slug?: string | null;
  summary?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** Component statistics.row. */
export interface StatisticsRowComponent {
  current?: string | number | null;
  id?: number;
  indicator?: string | null;
  previous?: string | number | null;
  unit?: string | null;
}

/** api::urgent-notice.urgent-notice — `GET /api/urgent-notices`. */
export interface UrgentNoticeAnswer {
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  endsAt?: string | null;
  id?: number;
  level?: 'Khẩn cấp' | 'Cảnh báo' | 'Thông tin' | null;
  link?: string | null;
  message?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  updatedAt?: string | null;
}

/** api::work-schedule.work-schedule — `GET /api/work-schedules`. */
export interface WorkScheduleAnswer {
  commune?: CommuneAnswer | null;
  createdAt?: string | null;
  documentId: string;
  entries?: ScheduleEntryComponent[] | null;
  id?: number;
  note?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  updatedAt?: string | null;
  weekStart?: string | null;
}
