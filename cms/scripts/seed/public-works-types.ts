/**
 * The shape of the demo plans, investment projects and bidding notices of a commune
 * (content/<slug>/public-works.yaml), seeded by seed-public-works.ts.
 */
import type { SeedRichText } from './types';

export interface SeedPlanReport {
  /** ISO date. */
  reportDate: string;
  title: string;
  summary: string;
}

export interface SeedPlan {
  slug: string;
  title: string;
  planKind: 'Chiến lược' | 'Chương trình' | 'Quy hoạch' | 'Kế hoạch' | 'Chương trình công tác năm';
  field?: string;
  periodStart: number;
  periodEnd?: number;
  planStatus: 'Đang xây dựng' | 'Đã phê duyệt' | 'Đang thực hiện' | 'Đã hoàn thành';
  /** Written form ("05/KH-UBND") of a demo document of the same commune. */
  approvingDocument?: string;
  summary: string;
  body: SeedRichText;
  reports?: SeedPlanReport[];
  /** Alt text of a generated map picture (master plans). */
  mapAlt?: string;
  /** ISO date the entry appears on the site (its publication and last update). */
  published: string;
}

export interface SeedProgressUpdate {
  updateDate: string;
  percentComplete: number;
  /** Đồng disbursed to that date, digits. */
  disbursed: string;
  note: string;
}

export interface SeedProject {
  slug: string;
  name: string;
  investor: string;
  /** Đồng, digits. */
  totalCapital: string;
  capitalSource: string;
  location: string;
  startYear: number;
  endYear?: number;
  projectStatus: 'Chuẩn bị đầu tư' | 'Đang thực hiện' | 'Tạm dừng' | 'Đã hoàn thành';
  approvingDocument?: string;
  summary: string;
  progress: SeedProgressUpdate[];
  published: string;
}

export interface SeedNotice {
  slug: string;
  title: string;
  noticeKind: 'Kế hoạch lựa chọn nhà thầu' | 'Thông báo mời thầu' | 'Kết quả lựa chọn nhà thầu' | 'Mua sắm công';
  /** Slug of one of the commune's demo projects. */
  project?: string;
  packageName?: string;
  packageValue?: string;
  noticeDate: string;
  closingDate?: string;
  winner?: string;
  contractValue?: string;
  summary: string;
  /** Text of the generated PDF, paragraph by paragraph. */
  content: string[];
}

export interface SeedPublicWorks {
  plans: SeedPlan[];
  projects: SeedProject[];
  notices: SeedNotice[];
}
