/**
 * Demo data of the law's disclosure sections (budget, statistics, the work schedule, the
 * access-to-information section), one object per demo commune, built by content/load.ts from the
 * templates here and content/<slug>/disclosure.yaml.
 */
import type { SeedRichText } from '../types';

export interface SeedBudgetCommune {
  /** Multiplies the reference budget table (see budget-tables.ts); about 1 for a mountain commune. */
  scale: number;
  /** `12/NQ-HĐND` of the commune's demo documents: the resolution on the 2026 estimate, if it has one. */
  estimate2026Resolution?: string;
}

export interface SeedStatisticRow {
  indicator: string;
  unit: string;
  previous: number;
  current: number;
}

export interface SeedStatistic {
  slug: string;
  title: string;
  field: string;
  period: string;
  publishedOn: string;
  summary: string;
  previousLabel: string;
  currentLabel: string;
  chart: boolean;
  rows: SeedStatisticRow[];
}

/** One entry of a demo week: `day` counts from Monday (0) to Sunday (6). */
export interface SeedScheduleEntry {
  day: number;
  time: string;
  content: string;
  place: string;
  leader: string;
  attendees: string;
}

export interface SeedInfoAccess {
  contactPerson: string;
  address: string;
  phone: string;
  email: string;
  receivingHours: string;
  extraItems: { title: string; legalBasis: string; location: string; timing: string }[];
}

export interface SeedDisclosure {
  /** `Khánh Khê`: the commune's name without "xã". */
  shortName: string;
  budget: SeedBudgetCommune;
  statistics: SeedStatistic[];
  /** Entries of the current week and of the previous week. */
  currentWeek: SeedScheduleEntry[];
  previousWeek: SeedScheduleEntry[];
  infoAccess: SeedInfoAccess;
  howToRequest?: SeedRichText;
}
