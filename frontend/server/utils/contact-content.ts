/**
 * Strapi contacts → the contacts page's cards.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { ContactCard } from '#shared/types/contact';
import { phoneLinks } from '#shared/utils/contact-links';
import type { StrapiQuery } from './strapi-query';
import type { ContactAnswer } from '../types/strapi-answers.generated';

export type RawContact = Pick<
  ContactAnswer,
  'documentId' | 'unitName' | 'unitNameEn' | 'role' | 'personName' | 'address' | 'phone' | 'email' | 'officeHours' | 'order' | 'updatedAt'
>;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A contact without a unit name cannot be shown (the CMS requires one). */
export function toContactCard(raw: RawContact): ContactCard | null {
  const unitName = text(raw.unitName);
  if (!unitName) return null;
  const role = text(raw.role);
  return {
    documentId: raw.documentId,
    unitName,
    unitNameEn: text(raw.unitNameEn),
    // "Khác" (other) says nothing to a citizen.
    role: role === 'Khác' ? null : role,
    personName: text(raw.personName),
    address: text(raw.address),
    phones: phoneLinks(raw.phone),
    email: text(raw.email),
    officeHours: text(raw.officeHours),
  };
}

/** In the editors' order, then by name: the same order on every request. */
export function toContactCards(raw: readonly RawContact[]): ContactCard[] {
  return [...raw]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'))
    .map(toContactCard)
    .filter((card) => card !== null);
}

/** Strapi's largest page; a commune has a handful of units. */
export const CONTACT_PAGE_SIZE = 100;

export function contactListQuery(commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: ['unitName', 'unitNameEn', 'role', 'personName', 'address', 'phone', 'email', 'officeHours', 'order', 'updatedAt'],
    sort: ['order:asc', 'id:asc'],
    pagination: { page: 1, pageSize: CONTACT_PAGE_SIZE },
  };
}
