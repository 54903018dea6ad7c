/**
 * Types shared by the commune-tenancy plugin's server, its admin UI and the Nuxt BFF.
 * Keep this file free of runtime dependencies: the frontend imports it too.
 */

export type CommuneStatus = 'active' | 'suspended';

/** A commune as the public site needs it: identity, domains, footer facts. */
export interface PublicCommune {
  documentId: string;
  name: string;
  shortName: string | null;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: string[];
  themeColor: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  contentResponsible: string | null;
  reuseNote: string | null;
  logoUrl: string | null;
  bannerUrl: string | null;
}

/** Response of `GET /api/commune-tenancy/communes`. */
export interface PublicCommuneList {
  data: PublicCommune[];
}

/** Response of `GET /api/commune-tenancy/resolve?host=…`. */
export interface ResolvedCommune {
  data: PublicCommune;
}

/** Lower-cases a Host header and strips the port and a trailing dot. */
export function normaliseHost(host: string): string {
  const withoutPort = host.trim().toLowerCase().replace(/:\d+$/, '');
  return withoutPort.endsWith('.') ? withoutPort.slice(0, -1) : withoutPort;
}

/** A member's place in the commune's editorial board (Ban biên tập). */
export type BoardRole = 'head' | 'deputy' | 'member' | 'contributor';

export const BOARD_ROLE_LABELS: Record<BoardRole, string> = {
  head: 'Trưởng ban biên tập',
  deputy: 'Phó trưởng ban biên tập',
  member: 'Ủy viên ban biên tập',
  contributor: 'Cộng tác viên',
};

/** Header the public site's server sends with its token to say which commune it serves. */
export const COMMUNE_HEADER = 'x-commune';

export { readRelationRef, readRelationRefs, relationFilter, type RelationRef } from './relation-ref';
