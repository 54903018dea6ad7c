/**
 * The sections every commune's menu must reach: what Law 104/2016/QH13 Art. 19(1), Decree
 * 224/2026/NĐ-CP Art. 9 and Circular 22/2023/TT-BTTTT ask a commune site to publish, at the
 * site's fixed addresses. New communes get them in their default menu (defaults.ts); the seed
 * adds the ones missing from an existing commune's menu (withRequiredSections), never removing
 * or renaming what an editor put there.
 */
import { CITIZEN_VOICE_SECTIONS, DISCLOSURE_SECTIONS, WORK_SCHEDULE_SECTION } from '@commune/commune-tenancy/shared';
import type { MenuItem } from './defaults';

export interface MenuLink {
  label: string;
  url: string;
}

/** Sections in menu order; `before` places a missing one ahead of the first of these URLs. */
export const REQUIRED_SECTIONS: ReadonlyArray<MenuItem & { before: string[] }> = [
  {
    label: 'Giới thiệu',
    url: '/gioi-thieu/tong-quan',
    children: [
      { label: 'Lãnh đạo', url: '/gioi-thieu/lanh-dao' },
      { label: 'Sơ đồ tổ chức', url: '/gioi-thieu/so-do-to-chuc' },
    ],
    before: ['/tin-tuc', '/van-ban', '/lien-he', '/en'],
  },
  { label: 'Tin tức – Sự kiện', url: '/tin-tuc', children: [], before: ['/van-ban', '/lien-he', '/en'] },
  { label: 'Văn bản', url: '/van-ban', children: [], before: ['/thu-tuc-hanh-chinh', '/lien-he', '/en'] },
  { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh', children: [], before: ['/lien-he', '/en'] },
  {
    // The group's own link is the access-to-information page: the list of what the commune
    // publishes and where (Decree 13/2018/NĐ-CP Art. 11).
    label: 'Công khai',
    url: '/tiep-can-thong-tin',
    children: DISCLOSURE_SECTIONS.map((section) => ({ ...section })),
    before: [WORK_SCHEDULE_SECTION.url, '/lien-he', '/en'],
  },
  { ...WORK_SCHEDULE_SECTION, children: [], before: [...CITIZEN_VOICE_SECTIONS.map((section) => section.url), '/lien-he', '/en'] },
  // Questions with published answers, and drafts put to the citizens (issue 16).
  ...CITIZEN_VOICE_SECTIONS.map((section, index) => ({
    ...section,
    children: [],
    before: [...CITIZEN_VOICE_SECTIONS.slice(index + 1).map((next) => next.url), '/lien-he', '/en'],
  })),
  { label: 'Liên hệ', url: '/lien-he', children: [], before: ['/en'] },
];

/** The sections as a default menu gets them (defaults.ts adds the commune's own pages and categories). */
export function requiredSection(url: string): MenuItem {
  const section = REQUIRED_SECTIONS.find((candidate) => candidate.url === url);
  if (!section) throw new Error(`No required menu section at ${url}`);
  return { label: section.label, url: section.url, children: section.children.map((child) => ({ ...child })) };
}

/**
 * `menu` with every required section it lacks: a missing child goes under its section's item,
 * a missing section before the first of its `before` items (else at the end). A URL counts as
 * present wherever it is in the menu, so an editor's own arrangement stands. Pure: returns
 * the new menu and how many links it added (0: leave the record alone).
 */
export function withRequiredSections(menu: readonly MenuItem[]): { menu: MenuItem[]; added: number } {
  const result = menu.map((item) => ({ ...item, children: item.children.map((child) => ({ ...child })) }));
  const present = new Set(result.flatMap((item) => [item.url, ...item.children.map((child) => child.url)]));
  let added = 0;
  for (const section of REQUIRED_SECTIONS) {
    const missing = section.children.filter((child) => !present.has(child.url));
    const item = result.find((candidate) => candidate.url === section.url || candidate.label === section.label);
    if (item) {
      item.children.push(...missing.map((child) => ({ ...child })));
      added += missing.length;
    } else if (!present.has(section.url) || missing.length > 0) {
      const at = result.findIndex((candidate) => section.before.includes(candidate.url));
      result.splice(at === -1 ? result.length : at, 0, {
        label: section.label,
        url: section.url,
        children: missing.map((child) => ({ ...child })),
      });
      added += 1 + missing.length;
    } else continue;
    for (const child of missing) present.add(child.url);
    present.add(section.url);
  }
  return { menu: result, added };
}
