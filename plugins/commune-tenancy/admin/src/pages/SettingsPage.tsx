import { Box, Button, Flex, Searchbar, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Lock, Plus } from '@strapi/icons';
import { Layouts, Page, useAuth, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AddCommuneResult, AdminCommune, AdminCommuneList } from '../../../shared';
import { useProvinceApi } from '../api';
import { AddCommuneDialog } from '../components/AddCommuneDialog';
import { CommuneMembers } from '../components/CommuneMembers';
import { CommunesTable } from '../components/CommunesTable';
import { ProvisionedDialog } from '../components/ProvisionedDialog';
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
  const [list, setList] = React.useState<AdminCommuneList | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [selected, setSelected] = React.useState<AdminCommune | null>(null);
  // The typed words, and the words the list was asked for (on submit, not on every key).
  const [typed, setTyped] = React.useState('');
  const [query, setQuery] = React.useState({ page: 1, q: '' });
  const [adding, setAdding] = React.useState(false);
  const [added, setAdded] = React.useState<AddCommuneResult['data'] | null>(null);

  const load = React.useCallback(async () => {
    try {
      setList(await api.listCommunes(query));
    } catch (error) {
      setFailed(true);
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.load') })) });
    }
  }, [api, query, formatMessage, toggleNotification]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const setStatus = async (commune: AdminCommune, action: 'suspend' | 'resume'): Promise<void> => {
    try {
      await api.setStatus(commune.documentId, action);
      await load();
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: trad(action === 'suspend' ? 'suspend.done' : 'resume.done') }, { name: commune.name }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.generic') })) });
    }
  };

  if (failed) return <Page.Error />;
  if (list === null) return <Page.Loading>{formatMessage({ id: trad('settings.loading') })}</Page.Loading>;
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const { meta } = list;
  const search = (q: string): void => setQuery({ page: 1, q: q.trim() });

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
        <Typography textColor="neutral600">{t('communes.count', { count: meta.all, suspended: meta.suspended })}</Typography>
        <Button startIcon={<Plus />} onClick={() => setAdding(true)}>
          {t('add.open')}
        </Button>
      </Flex>
      <AddCommuneDialog
        api={api}
        open={adding}
        onOpenChange={setAdding}
        onAdded={(result) => {
          setAdded(result);
          void load();
        }}
      />
      <ProvisionedDialog result={added} onClose={() => setAdded(null)} />
      {meta.all === 0 ? (
        <Typography>{t('communes.empty')}</Typography>
      ) : (
        <>
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              search(typed);
            }}
          >
            <Searchbar
              name="q"
              value={typed}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTyped(event.target.value)}
              onClear={() => {
                setTyped('');
                search('');
              }}
              clearLabel={t('communes.search.clear')}
              placeholder={t('communes.search.placeholder')}
            >
              {t('communes.search.label')}
            </Searchbar>
          </form>
          {query.q !== '' && (
            <Typography textColor="neutral600">{t('communes.search.found', { total: meta.total, q: query.q })}</Typography>
          )}
          {list.data.length > 0 && (
            <CommunesTable
              communes={list.data}
              selected={selected?.documentId ?? null}
              onShowMembers={setSelected}
              onSetStatus={setStatus}
            />
          )}
          {meta.pageCount > 1 && (
            <nav aria-label={t('communes.pages.label')}>
              <Flex gap={3} alignItems="center">
                <Button
                  variant="tertiary"
                  startIcon={<ArrowLeft />}
                  disabled={meta.page <= 1}
                  onClick={() => setQuery({ ...query, page: meta.page - 1 })}
                >
                  {t('communes.pages.previous')}
                </Button>
                <Typography>{t('communes.pages.current', { page: meta.page, pageCount: meta.pageCount })}</Typography>
                <Button
                  variant="tertiary"
                  endIcon={<ArrowRight />}
                  disabled={meta.page >= meta.pageCount}
                  onClick={() => setQuery({ ...query, page: meta.page + 1 })}
                >
                  {t('communes.pages.next')}
                </Button>
              </Flex>
            </nav>
          )}
        </>
      )}
      {selected && <CommuneMembers key={selected.documentId} commune={selected} api={api} onMembersChanged={() => void load()} />}
    </Flex>
  );
}
