/**
 * Where the content manager shows an item, as a path inside the admin router (its basename
 * `/admin` is added by react-router's links). Localised types name the locale, else the
 * content manager opens the default one.
 */
export function editViewPath(uid: string, documentId: string, locale?: string | null): string {
  const path = `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;
  return locale ? `${path}?plugins[i18n][locale]=${encodeURIComponent(locale)}` : path;
}

/**
 * The list view of a type narrowed to some documents, with the content manager's own filter
 * syntax (`filters[$and][0][documentId][$in][i]=…`), keeping the other query parameters except
 * the page and any previous documentId filter.
 */
export function listSearchWithDocuments(currentSearch: string, documentIds: readonly string[] | null): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of [...params.keys()]) {
    if (key.startsWith('filters[') || key === 'page') params.delete(key);
  }
  params.set('page', '1');
  if (documentIds !== null) {
    // An empty state must show no rows: an id that cannot exist keeps the filter non-empty.
    const ids = documentIds.length > 0 ? documentIds : ['-'];
    ids.forEach((id, index) => params.set(`filters[$and][0][documentId][$in][${index}]`, id));
  }
  return `?${params.toString()}`;
}
