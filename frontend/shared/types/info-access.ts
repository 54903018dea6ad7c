/**
 * The access-to-information section (chuyên mục tiếp cận thông tin) as its page receives it.
 */
import type { Attachment } from './attachment';
import type { Block } from './blocks';

export interface RequiredInformationStatus {
  key: string;
  item: string;
  legalBasis: string;
  path: string;
  sectionName: string;
  /** How many published items the section holds. */
  count: number;
  /** ISO timestamp of the section's newest change, null when it is empty. */
  lastUpdated: string | null;
  deadline: string;
}

export interface InfoAccessExtraItem {
  title: string;
  legalBasis: string | null;
  location: string;
  timing: string;
}

export interface InfoAccessContactPoint {
  unit: string;
  person: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  receivingHours: string | null;
}

/** `GET /api/info-access`. */
export interface InfoAccessResponse {
  /** Whether the commune has published its section; otherwise the commune's own contacts stand in. */
  published: boolean;
  title: string;
  contact: InfoAccessContactPoint;
  howToRequest: Block[];
  forms: Attachment[];
  required: RequiredInformationStatus[];
  extraItems: InfoAccessExtraItem[];
  updatedAt: string | null;
}
