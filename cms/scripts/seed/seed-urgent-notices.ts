/**
 * Demo urgent notices (thông báo khẩn), published as if the board head approved them. Their end
 * time is counted from the day the seed runs, so a fresh demo always shows one. Idempotent by
 * title: a notice seeded before is left as it is, ended or not.
 */
import type { Core } from '@strapi/strapi';
import { docs, findExisting, type Data } from './documents-api';

export interface SeedUrgentNotice {
  title: string;
  /** Given the day it ends, `06/12/2026`. */
  message: (day: string) => string;
  level: 'Khẩn cấp' | 'Cảnh báo' | 'Thông tin';
  link?: string;
  /** Ends at 17:00 Vietnam time this many days after the seed runs. */
  endsInDays: number;
}

const UID = 'api::urgent-notice.urgent-notice';

/** 17:00 in Vietnam (UTC+7) `days` days from now. */
export function endOfWorkday(days: number, now: Date = new Date()): Date {
  const end = new Date(now.getTime() + days * 86_400_000);
  end.setUTCHours(10, 0, 0, 0);
  return end;
}

export async function seedUrgentNotices(
  strapi: Core.Strapi,
  notices: readonly SeedUrgentNotice[],
  scoped: (data: Data) => Data,
): Promise<void> {
  for (const notice of notices) {
    const found = await findExisting(strapi, UID, { title: notice.title, commune: { documentId: scoped({}).commune } });
    if (found) continue;
    const endsAt = endOfWorkday(notice.endsInDays);
    const day = `${String(endsAt.getUTCDate()).padStart(2, '0')}/${String(endsAt.getUTCMonth() + 1).padStart(2, '0')}/${endsAt.getUTCFullYear()}`;
    const data = {
      title: notice.title,
      message: notice.message(day),
      level: notice.level,
      link: notice.link,
      endsAt: endsAt.toISOString(),
    };
    await docs(strapi, UID).create({ data: scoped(data), status: 'published' });
  }
}
