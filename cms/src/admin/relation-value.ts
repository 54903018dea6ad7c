/** An entry of another type as the content manager's relation picker lists it. */
export interface RelatedEntry {
  id: number;
  documentId: string;
  name: string;
  locale?: string | null;
  status?: string;
}

export function isRelatedEntry(value: unknown): value is RelatedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return typeof item.id === 'number' && typeof item.documentId === 'string' && typeof item.name === 'string';
}

/**
 * The form value the edit view's own relation input writes when one entry is picked for a to-one
 * relation (content-manager's Relations.tsx, `handleConnect`): saving sends it as Strapi expects
 * (by documentId; the numeric id only helps the input show it).
 */
export function relationValue(entry: Omit<RelatedEntry, 'id'> & { id?: number }, targetUid: string): Record<string, unknown> {
  return {
    connect: [
      {
        id: entry.id,
        apiData: { id: entry.id, documentId: entry.documentId, locale: entry.locale ?? null, isTemporary: true },
        status: entry.status,
        __temp_key__: 'a0',
        name: entry.name,
        label: entry.name,
        href: `../collection-types/${targetUid}/${entry.documentId}`,
      },
    ],
    disconnect: [],
  };
}
