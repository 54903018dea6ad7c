import { CHOICE_LABELS } from './choice-labels';

interface ColumnHookArgs {
  displayedHeaders: Array<Record<string, unknown>>;
  layout: unknown;
}

const isEnumeration = (header: Record<string, unknown>): boolean =>
  typeof header.attribute === 'object' && header.attribute !== null && (header.attribute as { type?: unknown }).type === 'enumeration';

/** A choice as a word: the label of a stored code ("tin" → "Tin ngắn"), or the stored words themselves. */
export function choiceLabel(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '—';
  return Object.hasOwn(CHOICE_LABELS, value) ? (CHOICE_LABELS[value] ?? value) : value;
}

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: list cells of enumerations read as words. The
 * edit view and the filters name a choice by its translation; the list's cells print the stored
 * value, so without this the kind column reads "tin" and "bai".
 */
export function readableChoiceColumns({ displayedHeaders, layout }: ColumnHookArgs): ColumnHookArgs {
  return {
    displayedHeaders: displayedHeaders.map((header) => {
      if (!isEnumeration(header) || typeof header.cellFormatter === 'function' || typeof header.name !== 'string') return header;
      const field = header.name;
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>) => choiceLabel(row[field]),
      };
    }),
    layout,
  };
}
