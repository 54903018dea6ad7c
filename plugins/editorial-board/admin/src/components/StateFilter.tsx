import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { STATE_LABELS, WORKFLOW_STATES, isGovernedType, type WorkflowState } from '../../../shared';
import { fetchInState } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { listSearchWithDocuments } from '../utils/links';
import { trad } from '../utils/trad';

/**
 * The content manager sends list filters in the URL of its own GET request, and Node refuses
 * request lines beyond 16 kB: the filter names at most this many documents (the most recently
 * changed ones).
 */
const MAX_IDS = 100;
const ALL = 'all';
const storageKey = (model: string): string => `editorial-board.state-filter.${model}`;

/** The documentIds the URL filters on (`filters[$and][0][documentId][$in][i]`), in order. */
function filteredIds(search: string): string {
  const params = new URLSearchParams(search);
  return [...params.entries()]
    .filter(([key]) => key.startsWith('filters[$and][0][documentId][$in]'))
    .map(([, value]) => value)
    .join(',');
}

/**
 * "Trạng thái duyệt" select in the list view's actions (injection zone `listView.actions`): it
 * asks the board which documents are in the chosen state and shows the list filtered on their
 * documentIds, with the content manager's standard filters (so the filter tag can remove it).
 */
export function StateFilter() {
  const { slug: model } = useParams<{ slug: string }>();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const location = useLocation();
  const navigate = useNavigate();
  const [loading, setLoading] = React.useState(false);
  if (!model || !isGovernedType(model)) return null;

  // Which state the current filter came from (remembered with the ids it produced).
  let selected = ALL;
  try {
    const remembered = JSON.parse(window.sessionStorage.getItem(storageKey(model)) ?? 'null') as { state: string; ids: string } | null;
    if (remembered && remembered.ids === filteredIds(location.search)) selected = remembered.state;
  } catch {
    // Unreadable storage: show no state selected.
  }

  const choose = async (value: string | number): Promise<void> => {
    const state = String(value);
    if (state === ALL) {
      window.sessionStorage.removeItem(storageKey(model));
      navigate({ pathname: location.pathname, search: listSearchWithDocuments(location.search, null) });
      return;
    }
    setLoading(true);
    try {
      const ids = (await fetchInState(model, state as WorkflowState)).slice(0, MAX_IDS);
      const search = listSearchWithDocuments(location.search, ids);
      window.sessionStorage.setItem(storageKey(model), JSON.stringify({ state, ids: filteredIds(search) }));
      navigate({ pathname: location.pathname, search });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.generic') })) });
    } finally {
      setLoading(false);
    }
  };

  return (
    <SingleSelect
      size="S"
      aria-label={formatMessage({ id: trad('filter.label') })}
      value={selected}
      onChange={choose}
      loading={loading}
      disabled={loading}
    >
      <SingleSelectOption value={ALL}>{formatMessage({ id: trad('filter.all') })}</SingleSelectOption>
      {WORKFLOW_STATES.map((state) => (
        <SingleSelectOption key={state} value={state}>
          {formatMessage({ id: trad(`state.${state}`), defaultMessage: STATE_LABELS[state] })}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}
