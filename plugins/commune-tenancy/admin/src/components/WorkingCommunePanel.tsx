import { useIntl } from 'react-intl';
import { useMyCommunes } from '../api';
import { trad } from '../utils/trad';
import { CommuneSwitcher } from './CommuneSwitcher';

interface PanelProps {
  model: string;
}

/**
 * A side panel of the content manager's edit view (`addEditViewSidePanel`): which commune the
 * user is working in, with the switcher when they have several. Shown for the application's
 * content types (all of them belong to a commune); not for province IT, who picks the commune
 * in each entry's own "Xã, phường" field.
 */
export function WorkingCommunePanel({ model }: PanelProps) {
  const { formatMessage } = useIntl();
  const state = useMyCommunes();
  if (!model.startsWith('api::') || !state.data || state.data.allCommunes) return null;
  return {
    title: formatMessage({ id: trad('switcher.title') }),
    content: <CommuneSwitcher state={state} />,
  };
}
