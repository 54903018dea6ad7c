import {
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
  Tr,
  Typography,
} from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { INBOX_PAGE_SIZE, INBOX_STATE_LABELS, INBOX_STATES, QUESTION_KIND_LABELS, type DueState, type InboxItem } from '../../../shared';
import { useInbox, useModeration, type InboxQuery } from '../api';
import { firstWords, formatDate, formatDay } from '../utils/format';
import { trad } from '../utils/trad';
import { DUE_BACKGROUND, DueMark } from './DueMark';
import { InboxDetail } from './InboxDetail';
import { LoadError, Notice } from './Notice';
import { ListHead, OpenCodeCell } from './ListTable';
import { Pager } from './Pager';

const ALL = '';
const FIRST: InboxQuery = { state: ALL, due: ALL, q: '', page: 1 };
const COLUMNS = ['code', 'received', 'kind', 'topic', 'question', 'state', 'due'] as const;

/**
 * "Câu hỏi, phản ánh": the commune's questions and feedback, newest due first as the server
 * sorts them; counters of items nearing or past their due date (which filter the list), a state
 * filter, a search box and paging. A row's code opens its detail.
 */
export function InboxTab({ commune }: { commune: string }) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const [query, setQuery] = React.useState<InboxQuery>(FIRST);
  const [search, setSearch] = React.useState('');
  const [openCode, setOpenCode] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<InboxItem | null>(null);
  const inbox = useInbox(commune, query);
  const api = useModeration(commune);
  const list = inbox.data;

  // The open item follows the list's reloads (its state after an action); an item the filter no
  // longer shows keeps its last known version.
  const item = (openCode && list?.data.find((candidate) => candidate.code === openCode)) || opened;

  const toggleDue = (due: Exclude<DueState, 'on-time' | 'closed'>) => setQuery({ ...query, due: query.due === due ? ALL : due, page: 1 });
  const submitSearch = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ ...query, q: search, page: 1 });
  };

  if (inbox.error && !list) return <LoadError error={inbox.error} />;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2} wrap="wrap" role="group" aria-label={t('inbox.counters')}>
        <Button
          variant={query.due === 'soon' ? 'secondary' : 'tertiary'}
          aria-pressed={query.due === 'soon'}
          onClick={() => toggleDue('soon')}
          data-counter="soon"
        >
          {t('inbox.counter.soon', { count: list?.meta.soon ?? 0 })}
        </Button>
        <Button
          variant={query.due === 'late' ? 'danger' : 'danger-light'}
          aria-pressed={query.due === 'late'}
          onClick={() => toggleDue('late')}
          data-counter="late"
        >
          {t('inbox.counter.late', { count: list?.meta.late ?? 0 })}
        </Button>
      </Flex>
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <form onSubmit={submitSearch} aria-label={t('inbox.filters')}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="14rem">
              <Field.Root name="state">
                <Field.Label>{t('inbox.filter.state')}</Field.Label>
                <SingleSelect
                  value={query.state}
                  onChange={(value: string | number) => setQuery({ ...query, state: String(value), page: 1 })}
                >
                  <SingleSelectOption value={ALL}>{t('inbox.filter.state.all')}</SingleSelectOption>
                  {INBOX_STATES.map((state) => (
                    <SingleSelectOption key={state} value={state}>
                      {INBOX_STATE_LABELS[state]}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box minWidth="20rem">
              <Field.Root name="q" hint={t('inbox.filter.q.hint')}>
                <Field.Label>{t('inbox.filter.q')}</Field.Label>
                <TextInput
                  type="search"
                  value={search}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
                />
              </Field.Root>
            </Box>
            <Button type="submit" variant="secondary">
              {t('inbox.filter.apply')}
            </Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setSearch('');
                setQuery(FIRST);
              }}
            >
              {t('inbox.filter.clear')}
            </Button>
          </Flex>
        </form>
      </Box>
      {inbox.error !== null && <LoadError error={inbox.error} />}
      {!list && <Typography>{t('loading')}</Typography>}
      {list && list.data.length === 0 && <Notice>{t(query.state || query.due || query.q ? 'inbox.empty.filtered' : 'inbox.empty')}</Notice>}
      {list && list.data.length > 0 && (
        <>
          <Typography variant="pi" textColor="neutral700" aria-live="polite">
            {t('inbox.total', { total: list.meta.total })}
          </Typography>
          <Table colCount={COLUMNS.length} rowCount={list.data.length + 1} aria-label={t('tab.inbox')}>
            <ListHead labels={COLUMNS.map((column) => t(`column.${column}`))} />
            <Tbody>
              {list.data.map((row) => (
                <Tr key={row.code} background={DUE_BACKGROUND[row.due]} data-code={row.code} data-due={row.due}>
                  <OpenCodeCell
                    code={row.code}
                    label={t('inbox.open', { code: row.code })}
                    onOpen={() => {
                      setOpenCode(row.code);
                      setOpened(row);
                    }}
                  />
                  <Td>
                    <Typography>{formatDate(row.receivedAt)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{QUESTION_KIND_LABELS[row.kind]}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '12rem' }}>
                    <Typography>{row.topic}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '24rem' }}>
                    <Typography>{firstWords(row.body)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{INBOX_STATE_LABELS[row.state]}</Typography>
                    {row.assignee && (
                      <Typography variant="pi" textColor="neutral700" tag="p">
                        {row.assignee.name}
                      </Typography>
                    )}
                  </Td>
                  <Td>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography>{formatDay(row.dueOn)}</Typography>
                      <DueMark due={row.due} />
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
          <Pager
            page={list.meta.page}
            pageSize={list.meta.pageSize || INBOX_PAGE_SIZE}
            total={list.meta.total}
            onPage={(page) => setQuery({ ...query, page })}
          />
        </>
      )}
      {item && list && (
        <InboxDetail
          key={item.code}
          item={item}
          assignees={list.meta.assignees}
          api={api}
          onChanged={inbox.reload}
          onClose={() => {
            setOpenCode(null);
            setOpened(null);
          }}
        />
      )}
    </Flex>
  );
}
