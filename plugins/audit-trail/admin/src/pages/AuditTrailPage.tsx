/**
 * Main menu → Nhật ký hoạt động: the audit trail, newest first, filtered by person, commune,
 * action and date range, one page at a time, with the filtered rows exported to Excel. The server
 * decides what the user may read (`GET /audit-trail/access`); this page only offers it.
 */
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { isFetchError, Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { OUTCOME_LABELS, type AuditAccessResponse, type AuditEntry, type AuditListResponse } from '../../../shared';
import { PLUGIN_ID } from '../pluginId';
import { trad } from '../utils/trad';

const BASE = `/${PLUGIN_ID}`;

interface Filters {
  person: string;
  commune: string;
  action: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { person: '', commune: '', action: '', from: '', to: '' };

/** Only the filters that are set, as query parameters. */
const paramsOf = (filters: Filters, page: number): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value.trim() !== '')),
  page: String(page),
  pageSize: '25',
});

const OUTCOME_VARIANT: Record<AuditEntry['outcome'], 'success' | 'warning' | 'danger'> = {
  succeeded: 'success',
  refused: 'warning',
  failed: 'danger',
};

const vietnamTime = (iso: string): string =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

/** The server's (Vietnamese) message, or the fallback. */
function messageOf(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallback;
}

export function AuditTrailPage() {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const { get } = useFetchClient();
  const [access, setAccess] = React.useState<AuditAccessResponse['data'] | null>(null);
  const [draft, setDraft] = React.useState<Filters>(EMPTY);
  const [filters, setFilters] = React.useState<Filters>(EMPTY);
  const [page, setPage] = React.useState(1);
  const [list, setList] = React.useState<AuditListResponse | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [exporting, setExporting] = React.useState(false);

  React.useEffect(() => {
    get<AuditAccessResponse>(`${BASE}/access`).then(
      (response) => setAccess(response.data.data),
      (failure: unknown) => setError(messageOf(failure, t('error'))),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once; `t` is a new function on every render.
  }, [get]);

  React.useEffect(() => {
    if (!access || access.scope === 'none') return;
    let current = true;
    get<AuditListResponse>(`${BASE}/entries`, { params: paramsOf(filters, page) }).then(
      (response) => {
        if (!current) return;
        setList(response.data);
        setError(null);
      },
      (failure: unknown) => current && setError(messageOf(failure, t('error'))),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` is a new function on every render; the list is asked again only when its request changes.
  }, [get, access, filters, page]);

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPage(1);
    setFilters({ ...draft });
  };

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const response = await get(`${BASE}/entries/export`, { params: paramsOf(filters, 1), responseType: 'blob' });
      // A temporary link is how a browser saves a Blob under a chosen name.
      const url = URL.createObjectURL(response.data as Blob);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = 'nhat-ky-hoat-dong.xlsx';
      window.document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch {
      setError(t('export.error'));
    } finally {
      setExporting(false);
    }
  };

  const communeName = (entry: AuditEntry): string =>
    entry.communeName ?? (entry.communeId === null ? t('platform') : String(entry.communeId));
  const pageCount = Math.max(1, list?.pagination.pageCount ?? 1);

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header
        title={t('title')}
        subtitle={access && access.scope !== 'none' ? t(access.scope === 'all' ? 'subtitle.all' : 'subtitle.communes') : undefined}
      />
      <Layouts.Content>
        {access?.scope === 'none' && <Typography>{t('denied')}</Typography>}
        {access && access.scope !== 'none' && (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
              <form onSubmit={apply} aria-label={t('title')}>
                <Flex gap={4} alignItems="flex-end" wrap="wrap">
                  <Field.Root name="person">
                    <Field.Label>{t('filter.person')}</Field.Label>
                    <TextInput
                      value={draft.person}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, person: event.target.value })}
                    />
                  </Field.Root>
                  <Field.Root name="commune">
                    <Field.Label>{t('filter.commune')}</Field.Label>
                    <SingleSelect
                      value={draft.commune}
                      onChange={(value: string | number) => setDraft({ ...draft, commune: String(value) })}
                    >
                      <SingleSelectOption value="">{t('filter.commune.any')}</SingleSelectOption>
                      {access.scope === 'all' && <SingleSelectOption value="none">{t('filter.commune.none')}</SingleSelectOption>}
                      {access.communes.map((commune) => (
                        <SingleSelectOption key={commune.documentId} value={commune.documentId}>
                          {commune.name}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                  <Field.Root name="action">
                    <Field.Label>{t('filter.action')}</Field.Label>
                    <SingleSelect value={draft.action} onChange={(value: string | number) => setDraft({ ...draft, action: String(value) })}>
                      <SingleSelectOption value="">{t('filter.action.any')}</SingleSelectOption>
                      {access.actions.map((action) => (
                        <SingleSelectOption key={action.code} value={action.code}>
                          {action.label}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                  <Field.Root name="from">
                    <Field.Label>{t('filter.from')}</Field.Label>
                    <TextInput
                      type="date"
                      value={draft.from}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, from: event.target.value })}
                    />
                  </Field.Root>
                  <Field.Root name="to">
                    <Field.Label>{t('filter.to')}</Field.Label>
                    <TextInput
                      type="date"
                      value={draft.to}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, to: event.target.value })}
                    />
                  </Field.Root>
                  <Button type="submit" variant="secondary">
                    {t('filter.apply')}
                  </Button>
                  <Button
                    type="button"
                    variant="tertiary"
                    onClick={() => {
                      setDraft(EMPTY);
                      setFilters(EMPTY);
                      setPage(1);
                    }}
                  >
                    {t('filter.clear')}
                  </Button>
                  <Button type="button" startIcon={<Download />} loading={exporting} onClick={exportWorkbook}>
                    {t('export')}
                  </Button>
                </Flex>
              </form>
            </Box>
            {error && (
              <Typography textColor="danger600" role="alert">
                {error}
              </Typography>
            )}
            {!list && !error && <Typography>{t('loading')}</Typography>}
            {list && (
              <>
                <Typography variant="pi">{t('total', { total: list.pagination.total })}</Typography>
                <Table colCount={7} rowCount={list.data.length + 1}>
                  <Thead>
                    <Tr>
                      {['time', 'person', 'address', 'commune', 'action', 'target', 'outcome'].map((column) => (
                        <Th key={column}>
                          <Typography variant="sigma">{t(`column.${column}`)}</Typography>
                        </Th>
                      ))}
                    </Tr>
                  </Thead>
                  <Tbody>
                    {list.data.length === 0 && (
                      <Tr>
                        <Td colSpan={7}>
                          <Typography>{t('empty')}</Typography>
                        </Td>
                      </Tr>
                    )}
                    {list.data.map((entry) => (
                      <Tr key={entry.id}>
                        <Td>
                          <Typography>{vietnamTime(entry.occurredAt)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{entry.actorEmail ?? t('anonymous')}</Typography>
                        </Td>
                        <Td>
                          <Typography>{entry.clientAddress ?? ''}</Typography>
                        </Td>
                        <Td>
                          <Typography>{communeName(entry)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{entry.actionLabel}</Typography>
                        </Td>
                        <Td>
                          <Typography>{[entry.targetType, entry.targetId, entry.detail].filter(Boolean).join(' · ')}</Typography>
                        </Td>
                        <Td>
                          <Badge
                            variant={OUTCOME_VARIANT[entry.outcome]}
                          >{`${OUTCOME_LABELS[entry.outcome]}${entry.httpStatus ? ` (${entry.httpStatus})` : ''}`}</Badge>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
                <Flex gap={2} justifyContent="flex-end" alignItems="center">
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('previous')}
                  </Button>
                  <Typography>{t('page', { page, pageCount })}</Typography>
                  <Button variant="tertiary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                    {t('next')}
                  </Button>
                </Flex>
              </>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
