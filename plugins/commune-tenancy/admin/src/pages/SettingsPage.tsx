import { Box, Flex, Typography } from '@strapi/design-system';
import { Lock } from '@strapi/icons';
import { Layouts, Page, useAuth, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AdminCommune } from '../../../shared';
import { useProvinceApi } from '../api';
import { CommuneMembers } from '../components/CommuneMembers';
import { CommunesTable } from '../components/CommunesTable';
import { apiErrorMessage } from '../utils/api-error';
import { trad } from '../utils/trad';

const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Settings → Xã, phường: province IT's communes and their members. */
export function SettingsPage() {
  const { formatMessage } = useIntl();
  const roles = useAuth('CommunesSettingsPage', (state) => state.user?.roles);
  const isProvinceIt = (roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE);
  const title = formatMessage({ id: trad('settings.title') });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: trad('settings.subtitle') })} />
      <Layouts.Content>{isProvinceIt ? <ProvinceItTools /> : <NotProvinceIt />}</Layouts.Content>
    </Page.Main>
  );
}

function NotProvinceIt() {
  const { formatMessage } = useIntl();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={8}>
      <Flex direction="column" alignItems="center" gap={3} textAlign="center">
        <Lock width="4.8rem" height="4.8rem" aria-hidden />
        <Typography variant="delta" tag="h2">
          {formatMessage({ id: trad('settings.forbidden.title') })}
        </Typography>
        <Typography tag="p" textColor="neutral600">
          {formatMessage({ id: trad('settings.forbidden.body') })}
        </Typography>
      </Flex>
    </Box>
  );
}

function ProvinceItTools() {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useProvinceApi();
  const [communes, setCommunes] = React.useState<AdminCommune[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [selected, setSelected] = React.useState<string | null>(null);

  const load = React.useCallback(async () => {
    try {
      setCommunes(await api.listCommunes());
    } catch (error) {
      setFailed(true);
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.load') })) });
    }
  }, [api, formatMessage, toggleNotification]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const setStatus = async (commune: AdminCommune, action: 'suspend' | 'resume'): Promise<void> => {
    try {
      const updated = await api.setStatus(commune.documentId, action);
      setCommunes((list) => list?.map((item) => (item.documentId === updated.documentId ? updated : item)) ?? null);
      toggleNotification({ type: 'success', message: formatMessage({ id: trad(action === 'suspend' ? 'suspend.done' : 'resume.done') }, { name: commune.name }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.generic') })) });
    }
  };

  if (failed) return <Page.Error />;
  if (communes === null) return <Page.Loading>{formatMessage({ id: trad('settings.loading') })}</Page.Loading>;
  const current = communes.find((commune) => commune.documentId === selected) ?? null;
  const suspended = communes.filter((commune) => commune.siteStatus === 'suspended').length;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Typography textColor="neutral600">{formatMessage({ id: trad('communes.count') }, { count: communes.length, suspended })}</Typography>
      {communes.length === 0 ? (
        <Typography>{formatMessage({ id: trad('communes.empty') })}</Typography>
      ) : (
        <CommunesTable communes={communes} selected={selected} onShowMembers={(commune) => setSelected(commune.documentId)} onSetStatus={setStatus} />
      )}
      {current && <CommuneMembers key={current.documentId} commune={current} api={api} onMembersChanged={() => void load()} />}
    </Flex>
  );
}
