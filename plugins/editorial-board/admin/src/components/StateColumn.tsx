import { Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { isGovernedType } from '../../../shared';
import { statesLoader, type StateEntry } from '../api';
import { trad } from '../utils/trad';
import { StateBadge } from './StateBadge';

interface ColumnHookArgs {
  displayedHeaders: Array<Record<string, unknown>>;
  layout: unknown;
}

/** The list view's rows as the column sees them (the content manager's list results). */
interface Row {
  documentId?: string;
  locale?: string | null;
}

/**
 * The list view's current type: the hook is given the layout, not the uid, and the layout's
 * options do not name it; the route does (`/content-manager/collection-types/<uid>`).
 */
function currentListModel(): string | null {
  const match = /\/content-manager\/collection-types\/([^/?#]+)\/?$/.exec(window.location.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** `Admin/CM/pages/ListView/inject-column-in-table`: the "Trạng thái duyệt" column on governed types. */
export function addStateColumn({ displayedHeaders, layout }: ColumnHookArgs): ColumnHookArgs {
  const model = currentListModel();
  if (!model || !isGovernedType(model)) return { displayedHeaders, layout };
  return {
    displayedHeaders: [
      ...displayedHeaders,
      {
        name: 'editorialState',
        attribute: { type: 'custom' },
        label: { id: trad('column.state'), defaultMessage: 'Trạng thái duyệt' },
        searchable: false,
        sortable: false,
        cellFormatter: (row: Row, _header: unknown, context: { model: string }) => <StateCell row={row} model={context.model} />,
      },
    ],
    layout,
  };
}

function StateCell({ row, model }: { row: Row; model: string }) {
  const { formatMessage } = useIntl();
  const [entry, setEntry] = React.useState<StateEntry | null | undefined>(undefined);
  const documentId = row.documentId;
  const locale = row.locale ?? null;
  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    statesLoader.load(model, documentId, locale).then((loaded) => current && setEntry(loaded));
    return () => {
      current = false;
    };
  }, [model, documentId, locale]);
  if (entry === undefined) return null;
  if (entry === null) return <Typography textColor="neutral600">—</Typography>;
  return (
    <StateBadge size="S" state={entry.state} label={formatMessage({ id: trad(`state.${entry.state}`), defaultMessage: entry.label })} />
  );
}
