/**
 * The contacts page's units (Thông tin liên hệ).
 */

/** One telephone number as written, with its `tel:` link (null when it has too few digits to dial). */
export interface PhoneLink {
  label: string;
  href: string | null;
}

export interface ContactCard {
  documentId: string;
  unitName: string;
  /** Decree 42 asks for English versions of the units' contacts. */
  unitNameEn: string | null;
  /** Văn phòng, Bộ phận một cửa, Người phát ngôn, … */
  role: string | null;
  personName: string | null;
  address: string | null;
  phones: PhoneLink[];
  email: string | null;
  officeHours: string | null;
}

/** `GET /api/contacts`, ordered by the editors' `order`. */
export interface ContactListResponse {
  contacts: ContactCard[];
  /** The latest change of the contacts listed (ISO timestamp). */
  lastUpdated: string | null;
}
