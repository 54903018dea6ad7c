import { Box, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { COMMENT_STATE_LABELS, COMMENT_STATES, INBOX_PAGE_SIZE, type InboxComment } from '../../../shared';
import { useComments, useModeration, type CommentQuery } from '../api';
import { firstWords, formatDate } from '../utils/format';
import { trad } from '../utils/trad';
import { CommentDetail } from './CommentDetail';
import { LoadError, Notice } from './Notice';
import { ListHead, OpenCodeCell } from './ListTable';
import { Pager } from './Pager';

const ALL = '';
const COLUMNS = ['code', 'received', 'consultation', 'body', 'author', 'state'] as const;

/**
 * "Góp ý dự thảo": comments on the commune's draft documents, pending ones first (the server's
 * order), filtered by state and consultation; a row's code opens it for moderation.
 */
export function CommentsTab({ commune }: { commune: string }) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const [query, setQuery] = React.useState<CommentQuery>({ state: ALL, consultation: ALL, page: 1 });
  const [openCode, setOpenCode] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<InboxComment | null>(null);
  const comments = useComments(commune, query);
  const api = useModeration(commune);
  const list = comments.data;
  const comment = (openCode && list?.data.find((candidate) => candidate.code === openCode)) || opened;

  // The consultations met so far, for the filter (the list names each comment's consultation).
  const [consultations, setConsultations] = React.useState<Map<string, string>>(new Map());
  React.useEffect(() => {
    if (!list) return;
    setConsultations((known) => {
      const next = new Map(known);
      list.data.forEach((row) => next.set(row.consultation.documentId, row.consultation.title));
      return next.size === known.size ? known : next;
    });
  }, [list]);

  if (comments.error && !list) return <LoadError error={comments.error} />;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {list && (
        <Typography fontWeight="semiBold" data-counter="pending">
          {t('comments.pending', { count: list.meta.pending })}
        </Typography>
      )}
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <Flex gap={4} alignItems="flex-end" wrap="wrap" role="group" aria-label={t('comments.filters')}>
          <Box minWidth="14rem">
            <Field.Root name="commentState">
              <Field.Label>{t('inbox.filter.state')}</Field.Label>
              <SingleSelect
                value={query.state}
                onChange={(value: string | number) => setQuery({ ...query, state: String(value), page: 1 })}
              >
                <SingleSelectOption value={ALL}>{t('inbox.filter.state.all')}</SingleSelectOption>
                {COMMENT_STATES.map((state) => (
                  <SingleSelectOption key={state} value={state}>
                    {COMMENT_STATE_LABELS[state]}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box minWidth="20rem">
            <Field.Root name="consultation">
              <Field.Label>{t('comments.filter.consultation')}</Field.Label>
              <SingleSelect
                value={query.consultation}
                onChange={(value: string | number) => setQuery({ ...query, consultation: String(value), page: 1 })}
              >
                <SingleSelectOption value={ALL}>{t('comments.filter.consultation.all')}</SingleSelectOption>
                {[...consultations].map(([documentId, title]) => (
                  <SingleSelectOption key={documentId} value={documentId}>
                    {title}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
        </Flex>
      </Box>
      {comments.error !== null && <LoadError error={comments.error} />}
      {!list && <Typography>{t('loading')}</Typography>}
      {list && list.data.length === 0 && <Notice>{t('comments.empty')}</Notice>}
      {list && list.data.length > 0 && (
        <>
          <Table colCount={COLUMNS.length} rowCount={list.data.length + 1} aria-label={t('tab.comments')}>
            <ListHead labels={COLUMNS.map((column) => t(`comments.column.${column}`))} />
            <Tbody>
              {list.data.map((row) => (
                <Tr key={row.code} data-code={row.code}>
                  <OpenCodeCell
                    code={row.code}
                    label={t('comments.open', { code: row.code })}
                    onOpen={() => {
                      setOpenCode(row.code);
                      setOpened(row);
                    }}
                  />
                  <Td>
                    <Typography>{formatDate(row.receivedAt)}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '14rem' }}>
                    <Typography>{row.consultation.title || t('comments.consultation.unknown')}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', maxWidth: '24rem' }}>
                    <Typography>{firstWords(row.body)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.fullName ?? row.initials}</Typography>
                  </Td>
                  <Td>
                    <Typography fontWeight={row.state === 'pending' ? 'semiBold' : undefined}>{COMMENT_STATE_LABELS[row.state]}</Typography>
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
      {comment && (
        <CommentDetail
          key={comment.code}
          comment={comment}
          api={api}
          onChanged={comments.reload}
          onClose={() => {
            setOpenCode(null);
            setOpened(null);
          }}
        />
      )}
    </Flex>
  );
}
