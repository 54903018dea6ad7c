/**
 * Seeds the law's disclosure sections of one demo commune, idempotently (each entry found by a
 * stable key: slug, Monday, or the commune's one access-to-information entry): budget reports
 * for 2025 and the 2026 estimate (the 2025 final accounts left out, so the site shows what is
 * missing), statistics, the work schedule of the current and the previous week (computed from
 * the day the seed runs), and the access-to-information section with its request form.
 */
import type { Core } from '@strapi/strapi';
import { administrativePdf } from './assets';
import { toBlocks } from './blocks';
import { budgetTable, budgetTotal, billions } from './disclosure/budget-tables';
import type { SeedDisclosure, SeedScheduleEntry } from './disclosure/types';
import { backdate, docs, findExisting, type Data, type Row } from './documents-api';
import { uploadBuffer } from './upload';

const UID = {
  budget: 'api::budget-report.budget-report',
  statistic: 'api::statistic.statistic',
  schedule: 'api::work-schedule.work-schedule',
  infoAccess: 'api::info-access.info-access',
  document: 'api::document.document',
} as const;

export interface DisclosureContext {
  commune: Row;
  scoped: (data: Data) => Data;
  /** Documents of the commune by canonical number/symbol (`12/NQ-HĐND`). */
  documentIds: Map<string, string>;
  mediaCommuneId: number;
  /** "Today" in Việt Nam; the schedule's weeks are computed from it. */
  today?: Date;
}

/** Entries created, for the seed's summary line. */
export async function seedDisclosure(strapi: Core.Strapi, seed: SeedDisclosure, context: DisclosureContext): Promise<number> {
  let created = 0;
  created += await seedBudget(strapi, seed, context);
  created += await seedStatistics(strapi, seed, context);
  created += await seedSchedules(strapi, seed, context);
  created += await seedInfoAccess(strapi, seed, context);
  return created;
}

const scopeOf = (context: DisclosureContext): Data => ({ commune: { documentId: context.commune.documentId } });

async function createPublished(strapi: Core.Strapi, uid: string, data: Data, publishedOn?: string): Promise<void> {
  const row = await docs(strapi, uid).create({ data, status: 'published' });
  if (publishedOn) await backdate(strapi, uid, row.documentId, new Date(`${publishedOn}T02:00:00.000Z`));
}

/* ---------- budget ---------- */

interface BudgetReportSeed {
  slug: string;
  year: number;
  reportKind: 'Dự toán' | 'Thực hiện 6 tháng' | 'Thực hiện 9 tháng';
  disclosedOn: string;
  period: 'estimate' | 'six-months' | 'nine-months';
  scale: number;
}

async function seedBudget(strapi: Core.Strapi, seed: SeedDisclosure, context: DisclosureContext): Promise<number> {
  const base = seed.budget.scale;
  // 2026 grows by about 7% over 2025, as a commune's estimate usually does.
  const reports: BudgetReportSeed[] = [
    { slug: 'du-toan-ngan-sach-nam-2025', year: 2025, reportKind: 'Dự toán', disclosedOn: '2025-07-18', period: 'estimate', scale: base },
    {
      slug: 'thuc-hien-ngan-sach-6-thang-nam-2025',
      year: 2025,
      reportKind: 'Thực hiện 6 tháng',
      disclosedOn: '2025-07-25',
      period: 'six-months',
      scale: base,
    },
    {
      slug: 'thuc-hien-ngan-sach-9-thang-nam-2025',
      year: 2025,
      reportKind: 'Thực hiện 9 tháng',
      disclosedOn: '2025-10-14',
      period: 'nine-months',
      scale: base,
    },
    {
      slug: 'du-toan-ngan-sach-nam-2026',
      year: 2026,
      reportKind: 'Dự toán',
      disclosedOn: '2026-01-08',
      period: 'estimate',
      scale: base * 1.07,
    },
  ];
  let created = 0;
  for (const report of reports) {
    const found = await findExisting(strapi, UID.budget, { slug: report.slug, ...scopeOf(context) });
    if (found) continue;
    const lines = budgetTable(report.scale, report.period);
    const revenue = budgetTotal(lines, 'Thu ngân sách', 'planned');
    const approving =
      report.year === 2026 && seed.budget.estimate2026Resolution ? context.documentIds.get(seed.budget.estimate2026Resolution) : undefined;
    const title =
      report.period === 'estimate'
        ? `Công khai dự toán ngân sách xã ${seed.shortName} năm ${report.year}`
        : `Công khai tình hình thực hiện dự toán ngân sách xã ${seed.shortName} ` +
          `${report.period === 'six-months' ? '6 tháng đầu' : '9 tháng'} năm ${report.year}`;
    const summary =
      report.period === 'estimate'
        ? `Dự toán thu ngân sách xã năm ${report.year} là ${billions(revenue)}, dự toán chi ` +
          `${billions(budgetTotal(lines, 'Chi ngân sách', 'planned'))}, cân đối thu, chi.`
        : `Thu ngân sách xã ${report.period === 'six-months' ? '6 tháng' : '9 tháng'} đạt ` +
          `${billions(budgetTotal(lines, 'Thu ngân sách', 'actual'))}, ` +
          `chi đạt ${billions(budgetTotal(lines, 'Chi ngân sách', 'actual'))} so với dự toán năm.`;
    await createPublished(
      strapi,
      UID.budget,
      context.scoped({
        title,
        slug: report.slug,
        year: report.year,
        reportKind: report.reportKind,
        disclosedOn: report.disclosedOn,
        summary,
        lines,
        ...(approving ? { approvingDocument: approving } : {}),
      }),
      report.disclosedOn,
    );
    created += 1;
  }
  return created;
}

/* ---------- statistics ---------- */

async function seedStatistics(strapi: Core.Strapi, seed: SeedDisclosure, context: DisclosureContext): Promise<number> {
  let created = 0;
  for (const statistic of seed.statistics) {
    const found = await findExisting(strapi, UID.statistic, { slug: statistic.slug, ...scopeOf(context) });
    if (found) continue;
    await createPublished(strapi, UID.statistic, context.scoped({ ...statistic }), statistic.publishedOn);
    created += 1;
  }
  return created;
}

/* ---------- work schedule ---------- */

/** The Monday of the week that holds `now` in Việt Nam (UTC+7), as `YYYY-MM-DD`. */
export function mondayInVietnam(now: Date): string {
  const local = new Date(now.getTime() + 7 * 3600 * 1000);
  const offset = (local.getUTCDay() + 6) % 7;
  local.setUTCDate(local.getUTCDate() - offset);
  return local.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const dayMonth = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function seedSchedules(strapi: Core.Strapi, seed: SeedDisclosure, context: DisclosureContext): Promise<number> {
  const monday = mondayInVietnam(context.today ?? new Date());
  const weeks: [string, SeedScheduleEntry[]][] = [
    [addDays(monday, -7), seed.previousWeek],
    [monday, seed.currentWeek],
  ];
  let created = 0;
  for (const [weekStart, entries] of weeks) {
    const found = await findExisting(strapi, UID.schedule, { weekStart, ...scopeOf(context) });
    if (found) continue;
    await createPublished(
      strapi,
      UID.schedule,
      context.scoped({
        title: `Lịch công tác tuần của lãnh đạo xã ${seed.shortName} (từ ${dayMonth(weekStart)} đến ${dayMonth(addDays(weekStart, 6))})`,
        weekStart,
        note: 'Lịch có thể thay đổi theo chỉ đạo của cấp trên; Văn phòng HĐND và UBND xã sẽ thông báo kịp thời khi có điều chỉnh.',
        entries: entries.map((entry) => ({
          day: addDays(weekStart, entry.day),
          time: entry.time,
          content: entry.content,
          place: entry.place,
          leader: entry.leader,
          attendees: entry.attendees,
        })),
      }),
    );
    created += 1;
  }
  return created;
}

/* ---------- access to information ---------- */

const HOW_TO_REQUEST = (shortName: string): Parameters<typeof toBlocks>[0] => [
  `Công dân yêu cầu cung cấp thông tin do Ủy ban nhân dân xã ${shortName} tạo ra bằng một trong các cách sau ` +
    `(Điều 24 Luật Tiếp cận thông tin; Nghị định số 13/2018/NĐ-CP):`,
  {
    list: [
      'Trực tiếp: đến Văn phòng HĐND và UBND xã, điền Phiếu yêu cầu cung cấp thông tin hoặc đề nghị cán bộ đầu mối hướng dẫn điền phiếu.',
      'Qua mạng điện tử: gửi Phiếu yêu cầu đã điền (bản chụp hoặc bản điện tử) đến địa chỉ thư điện tử của đầu mối.',
      'Qua dịch vụ bưu chính hoặc fax: gửi Phiếu yêu cầu đến địa chỉ trụ sở Ủy ban nhân dân xã.',
    ],
  },
  'Phiếu yêu cầu ghi rõ họ tên, địa chỉ, số định danh cá nhân của người yêu cầu; thông tin cần cung cấp; hình ' +
    'thức và địa chỉ nhận thông tin. Người yêu cầu chỉ trả chi phí thực tế để in, sao, chụp, gửi thông tin (nếu có).',
  'Thông tin đã được công khai trên Trang thông tin điện tử này thì cán bộ đầu mối hướng dẫn người yêu cầu cách ' +
    'tìm và tải về, không phải làm thủ tục yêu cầu.',
];

async function seedInfoAccess(strapi: Core.Strapi, seed: SeedDisclosure, context: DisclosureContext): Promise<number> {
  const found = await findExisting(strapi, UID.infoAccess, scopeOf(context));
  if (found) return 0;
  const pdf = await administrativePdf({
    issuer: 'Mẫu số 01a (kèm theo Nghị định số 13/2018/NĐ-CP)',
    title: 'Phiếu yêu cầu cung cấp thông tin',
    subtitle: `Kính gửi: Ủy ban nhân dân xã ${seed.shortName}`,
    paragraphs: [
      'Họ và tên người yêu cầu: ..................................................................',
      'Số định danh cá nhân / Căn cước: ....................................................',
      'Nơi cư trú: ....................................................................................',
      'Số điện thoại: ............................. Thư điện tử: .................................',
      'Thông tin yêu cầu cung cấp (tên văn bản, hồ sơ, tài liệu; số, ký hiệu, ngày ban hành nếu biết): ' +
        '....................................................................',
      'Mục đích yêu cầu cung cấp thông tin: ...............................................',
      'Hình thức nhận thông tin: nhận tại nơi cung cấp / qua bưu chính / qua fax / qua mạng điện tử (gạch bỏ hình thức không chọn).',
      'Địa chỉ nhận thông tin: ....................................................................',
    ],
    signerPosition: 'NGƯỜI YÊU CẦU',
    signer: '(Ký, ghi rõ họ tên)',
  });
  const form = await uploadBuffer(strapi, {
    buffer: pdf,
    fileName: `phieu-yeu-cau-cung-cap-thong-tin-${context.commune.documentId.slice(0, 6)}.pdf`,
    mime: 'application/pdf',
    caption: 'Phiếu yêu cầu cung cấp thông tin (Mẫu số 01a, Nghị định số 13/2018/NĐ-CP)',
    communeId: context.mediaCommuneId,
  });
  const info = seed.infoAccess;
  await createPublished(
    strapi,
    UID.infoAccess,
    context.scoped({
      title: 'Tiếp cận thông tin',
      contactUnit: `Văn phòng HĐND và UBND xã ${seed.shortName}`,
      contactPerson: info.contactPerson,
      address: info.address,
      phone: info.phone,
      email: info.email,
      receivingHours: info.receivingHours,
      howToRequest: toBlocks(seed.howToRequest ?? HOW_TO_REQUEST(seed.shortName)),
      forms: [form.id],
      extraItems: info.extraItems,
    }),
  );
  return 1;
}
