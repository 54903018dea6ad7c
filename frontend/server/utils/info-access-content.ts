/**
 * The access-to-information page: the commune's published entry (or its own contacts when it
 * has none yet) and the list of information it must publish, counted from what the site holds.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { PublicCommune } from '../../../plugins/commune-tenancy/shared';
import type { InfoAccessExtraItem, InfoAccessResponse, RequiredInformationStatus } from '#shared/types/info-access';
import { agencyName } from '#shared/utils/format';
import { DEFAULT_PUBLICATION_DEADLINE, type RequiredInformationRow } from '#shared/utils/required-information';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { normaliseBlocks } from './content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { InfoAccessAnswer, InfoAccessItemComponent } from '../types/strapi-answers.generated';

export type RawInfoAccessItem = Pick<InfoAccessItemComponent, 'title' | 'legalBasis' | 'location' | 'timing'>;

export type RawInfoAccess = Pick<
  InfoAccessAnswer,
  'documentId' | 'title' | 'contactUnit' | 'contactPerson' | 'address' | 'phone' | 'email' | 'receivingHours' | 'howToRequest' | 'updatedAt'
> &
  Populated<InfoAccessAnswer, 'forms', RawUploadFile> &
  Populated<InfoAccessAnswer, 'extraItems', RawInfoAccessItem>;

/** One row of the list with what the site holds in its section. */
export interface SectionTally {
  count: number;
  lastUpdated: string | null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function requiredInformationStatus(row: RequiredInformationRow, tally: SectionTally): RequiredInformationStatus {
  return {
    key: row.key,
    item: row.item,
    legalBasis: row.legalBasis,
    path: row.path,
    sectionName: row.sectionName,
    count: tally.count,
    lastUpdated: tally.lastUpdated,
    deadline: DEFAULT_PUBLICATION_DEADLINE,
  };
}

function toExtraItem(raw: RawInfoAccessItem | null): InfoAccessExtraItem | null {
  const title = text(raw?.title);
  if (!raw || title === null) return null;
  return { title, legalBasis: text(raw.legalBasis), location: text(raw.location) ?? '', timing: text(raw.timing) ?? '' };
}

/** The newest of the dates, ISO strings compare as dates. */
function newest(dates: readonly (string | null)[]): string | null {
  return (
    dates
      .filter((date): date is string => date !== null)
      .sort()
      .at(-1) ?? null
  );
}

export function toInfoAccess(
  raw: RawInfoAccess | null,
  commune: PublicCommune,
  required: readonly RequiredInformationStatus[],
  strapiUrl: string,
): InfoAccessResponse {
  const agency = agencyName(commune.name);
  if (!raw) {
    return {
      published: false,
      title: 'Tiếp cận thông tin',
      contact: { unit: agency, person: null, address: commune.address, phone: commune.phone, email: commune.email, receivingHours: null },
      howToRequest: [],
      forms: [],
      required: [...required],
      extraItems: [],
      updatedAt: newest(required.map((row) => row.lastUpdated)),
    };
  }
  return {
    published: true,
    title: text(raw.title) ?? 'Tiếp cận thông tin',
    contact: {
      unit: text(raw.contactUnit) ?? agency,
      person: text(raw.contactPerson),
      address: text(raw.address) ?? commune.address,
      phone: text(raw.phone) ?? commune.phone,
      email: text(raw.email) ?? commune.email,
      receivingHours: text(raw.receivingHours),
    },
    howToRequest: normaliseBlocks(raw.howToRequest, strapiUrl).map((block) =>
      // The page's own h2 sections hold this text: the editor's headings go one level down.
      block.type === 'heading' && block.level < 3 ? { ...block, level: 3 } : block,
    ),
    forms: toAttachments(raw.forms, strapiUrl),
    required: [...required],
    extraItems: (raw.extraItems ?? []).map(toExtraItem).filter((item): item is InfoAccessExtraItem => item !== null),
    updatedAt: newest([raw.updatedAt ?? null, ...required.map((row) => row.lastUpdated)]),
  };
}

/* ---------- Strapi queries ---------- */

export function infoAccessQuery(commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    populate: { forms: { fields: [...ATTACHMENT_FIELDS] }, extraItems: true },
    sort: ['updatedAt:desc'],
    pagination: { page: 1, pageSize: 1 },
  };
}

/** One row's tally: the total of the collection (filtered as the row says) and its newest change. */
export function sectionTallyQuery(row: RequiredInformationRow, commune: StrapiQuery): StrapiQuery {
  const filters = row.source.collection === 'pages' ? { ...commune, section: { $eq: row.source.section } } : commune;
  return { filters, fields: ['updatedAt'], sort: ['updatedAt:desc'], pagination: { page: 1, pageSize: 1 } };
}
