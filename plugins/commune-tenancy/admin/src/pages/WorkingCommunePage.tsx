import { Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useMyCommunes } from '../api';
import { CommuneSwitcher } from '../components/CommuneSwitcher';
import { trad } from '../utils/trad';

/** Main menu → Xã đang làm việc: the switcher on its own page (before uploading to the media library, say). */
export function WorkingCommunePage() {
  const { formatMessage } = useIntl();
  const state = useMyCommunes();
  const title = formatMessage({ id: trad('menu.working') });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: trad('working.subtitle') })} />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} maxWidth="48rem">
          <CommuneSwitcher state={state} />
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
