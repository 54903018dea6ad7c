/**
 * The law's sections (Law 104/2016 Art. 17–19, Decree 224/2026): one valid item of each type for
 * a commune, as an editor fills the admin form, and one the type's rules refuse. Used by the
 * integration tests that create, approve, attack and search them.
 */
export interface SectionType {
  uid: string;
  /** The content API's plural (`/api/<plural>`). */
  plural: string;
  /** The table that holds its rows. */
  table: string;
  /** Who writes it: contributors, or (answers to citizens) a board member. */
  author?: 'member';
  /** The field that names an item. */
  titleField: 'title' | 'name';
  /** The search type, when the site's search finds it. */
  searchType?: string;
  /** A valid item whose name holds `marker`, for the commune `communeDocumentId`. */
  sample(marker: string, communeDocumentId: string): Record<string, unknown>;
  /** An item the type's rules refuse, with the field the refusal names. */
  invalid?: { patch: Record<string, unknown>; path: string; message: RegExp };
}

const connect = (documentId: string) => ({ connect: [{ documentId }] });

/** The Monday of the week after `now`, as YYYY-MM-DD: a valid week for a schedule. */
export function nextMonday(now: Date = new Date()): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const SECTION_TYPES: readonly SectionType[] = [
  {
    uid: 'api::plan.plan',
    plural: 'plans',
    table: 'plans',
    titleField: 'title',
    searchType: 'plan',
    sample: (marker, commune) => ({
      title: `Kế hoạch phát triển kinh tế – xã hội năm 2027 ${marker}`,
      planKind: 'Kế hoạch',
      field: 'Kinh tế – xã hội',
      periodStart: 2027,
      planStatus: 'Đang xây dựng',
      summary: 'Mục tiêu tăng trưởng, chỉ tiêu thu nhập bình quân đầu người và giảm nghèo năm 2027.',
      reports: [{ reportDate: '2026-11-30', title: 'Dự thảo lần 1', summary: 'Đã lấy ý kiến các thôn, bản.' }],
      commune: connect(commune),
    }),
    invalid: { patch: { periodStart: 2027, periodEnd: 2025 }, path: 'periodEnd', message: /Năm kết thúc không được trước năm bắt đầu/ },
  },
  {
    uid: 'api::investment-project.investment-project',
    plural: 'investment-projects',
    table: 'investment_projects',
    titleField: 'name',
    searchType: 'investment',
    sample: (marker, commune) => ({
      name: `Đường giao thông nông thôn thôn Nà Khoang ${marker}`,
      investor: 'Ủy ban nhân dân xã',
      totalCapital: '2450000000',
      capitalSource: 'Ngân sách tỉnh hỗ trợ, ngân sách xã',
      location: 'Thôn Nà Khoang',
      startYear: 2026,
      endYear: 2027,
      projectStatus: 'Đang thực hiện',
      summary: 'Làm mới 1,8 km đường bê tông, mặt đường rộng 3,5 m.',
      progress: [{ updateDate: '2026-11-15', percentComplete: 35, disbursed: '800000000', note: 'Hoàn thành nền đường đoạn đầu.' }],
      commune: connect(commune),
    }),
    invalid: { patch: { totalCapital: '0' }, path: 'totalCapital', message: /Tổng mức đầu tư phải lớn hơn 0/ },
  },
  {
    uid: 'api::bidding-notice.bidding-notice',
    plural: 'bidding-notices',
    table: 'bidding_notices',
    titleField: 'title',
    searchType: 'bidding',
    sample: (marker, commune) => ({
      title: `Thông báo mời thầu gói thầu xây lắp nhà văn hóa ${marker}`,
      noticeKind: 'Thông báo mời thầu',
      packageName: 'Xây lắp nhà văn hóa thôn Bản Chang',
      packageValue: '1150000000',
      noticeDate: '2026-12-01',
      closingDate: '2026-12-20',
      summary: 'Đấu thầu rộng rãi qua mạng, hình thức hợp đồng trọn gói.',
      commune: connect(commune),
    }),
    invalid: { patch: { noticeKind: 'Kết quả lựa chọn nhà thầu' }, path: 'winner', message: /tên nhà thầu trúng thầu/ },
  },
  {
    uid: 'api::budget-report.budget-report',
    plural: 'budget-reports',
    table: 'budget_reports',
    titleField: 'title',
    searchType: 'budget',
    sample: (marker, commune) => ({
      title: `Công khai dự toán ngân sách xã năm 2027 ${marker}`,
      year: 2027,
      reportKind: 'Dự toán',
      disclosedOn: '2026-12-28',
      lines: [
        { section: 'Thu ngân sách', item: 'Thu bổ sung cân đối từ ngân sách cấp trên', planned: '6200000000' },
        { section: 'Chi ngân sách', item: 'Chi thường xuyên', planned: '5900000000' },
      ],
      commune: connect(commune),
    }),
    invalid: {
      patch: { lines: [{ section: 'Chi ngân sách', item: 'Chi đầu tư phát triển', planned: '-100' }] },
      path: 'lines',
      message: /không được âm/,
    },
  },
  {
    uid: 'api::statistic.statistic',
    plural: 'statistics',
    table: 'statistics',
    titleField: 'title',
    searchType: 'statistic',
    sample: (marker, commune) => ({
      title: `Dân số và lao động năm 2026 ${marker}`,
      field: 'Dân số, lao động',
      period: 'Năm 2026',
      publishedOn: '2026-12-01',
      currentLabel: 'Năm 2026',
      previousLabel: 'Năm 2025',
      rows: [{ indicator: 'Dân số trung bình', unit: 'người', previous: 8120, current: 8245 }],
      chart: true,
      commune: connect(commune),
    }),
    invalid: { patch: { rows: [], chart: true }, path: 'chart', message: /ít nhất một dòng số liệu/ },
  },
  {
    uid: 'api::work-schedule.work-schedule',
    plural: 'work-schedules',
    table: 'work_schedules',
    titleField: 'title',
    sample: (marker, commune) => {
      const monday = nextMonday();
      return {
        title: `Lịch công tác tuần ${marker}`,
        weekStart: monday,
        entries: [
          {
            day: addDays(monday, 1),
            time: '08:00',
            content: 'Giao ban Thường trực UBND xã',
            place: 'Hội trường UBND xã',
            leader: 'Chủ tịch UBND xã',
          },
        ],
        commune: connect(commune),
      };
    },
    invalid: { patch: { weekStart: addDays(nextMonday(), 1) }, path: 'weekStart', message: /không phải thứ Hai/ },
  },
  {
    uid: 'api::info-access.info-access',
    plural: 'info-accesses',
    table: 'info_accesses',
    titleField: 'title',
    sample: (marker, commune) => ({
      title: `Tiếp cận thông tin ${marker}`,
      contactUnit: 'Văn phòng HĐND và UBND xã',
      address: 'Trụ sở UBND xã',
      receivingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu',
      commune: connect(commune),
    }),
  },
  {
    uid: 'api::urgent-notice.urgent-notice',
    plural: 'urgent-notices',
    table: 'urgent_notices',
    titleField: 'title',
    sample: (marker, commune) => ({
      title: `Tạm ngừng cấp điện ${marker}`,
      message: 'Điện lực khu vực tạm ngừng cấp điện thôn Nà Khoang từ 7 giờ đến 16 giờ để bảo dưỡng đường dây.',
      level: 'Thông tin',
      endsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      commune: connect(commune),
    }),
    invalid: { patch: { endsAt: new Date(Date.now() + 60 * 86_400_000).toISOString() }, path: 'endsAt', message: /tối đa 31 ngày/ },
  },
  {
    uid: 'api::question-answer.question-answer',
    plural: 'question-answers',
    table: 'question_answers',
    author: 'member',
    titleField: 'title',
    searchType: 'question',
    sample: (marker, commune) => ({
      title: `Hồ sơ đăng ký khai sinh cho con cần những gì ${marker}`,
      questionKind: 'Hỏi đáp',
      topic: 'Hành chính, tư pháp, hộ tịch',
      question: 'Con tôi mới sinh ở bệnh viện huyện, tôi cần mang giấy tờ gì để đăng ký khai sinh tại xã?',
      askerInitials: 'N.V.H.',
      askedOn: '2026-11-20',
      answer: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'Mang giấy chứng sinh và giấy tờ tùy thân của cha, mẹ đến bộ phận một cửa của xã.' }],
        },
      ],
      answeredOn: '2026-11-25',
      answeredBy: 'UBND xã',
      commune: connect(commune),
    }),
    invalid: {
      patch: { askedOn: '2026-11-25', answeredOn: '2026-11-20' },
      path: 'answeredOn',
      message: /Ngày trả lời không được trước ngày hỏi/,
    },
  },
  {
    uid: 'api::consultation.consultation',
    plural: 'consultations',
    table: 'consultations',
    titleField: 'title',
    searchType: 'consultation',
    sample: (marker, commune) => ({
      title: `Dự thảo Quy chế quản lý nghĩa trang nhân dân xã ${marker}`,
      draftingAgency: 'Văn phòng HĐND và UBND xã',
      summary: 'Quy định việc quản lý, sử dụng nghĩa trang nhân dân trên địa bàn xã; xin ý kiến nhân dân trước khi ban hành.',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      commentVisibility: 'Công khai sau khi duyệt',
      commune: connect(commune),
    }),
    invalid: {
      patch: { opensAt: '2026-12-10T00:00:00.000Z', closesAt: '2026-12-09T00:00:00.000Z' },
      path: 'closesAt',
      message: /Hạn nhận ý kiến phải sau ngày bắt đầu/,
    },
  },
];
