import { Badge, Box, Button, Flex, Link, Table, Tabs, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { QueueItem, QueueName } from '../../../shared';
import { QUEUE_LABELS } from '../../../shared';
import { useQueues } from '../api';
import { StateBadge } from '../components/StateBadge';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime } from '../utils/format';
import { editViewPath } from '../utils/links';
import { trad } from '../utils/trad';

const QUEUES: QueueName[] = ['mine', 'review', 'returned', 'published'];
const REPORTS = 'reports';

/** The report figures panel (components/ReportPanel.tsx), loaded when its tab is opened. */
const ReportPanel = React.lazy(() => import('../components/ReportPanel').then((module) => ({ default: module.ReportPanel })));

const TYPE_KEYS: Record<string, string> = {
  'api::article.article': 'type.article',
  'api::document.document': 'type.document',
  'api::procedure.procedure': 'type.procedure',
  'api::page.page': 'type.page',
  'api::plan.plan': 'type.plan',
  'api::investment-project.investment-project': 'type.investment-project',
  'api::bidding-notice.bidding-notice': 'type.bidding-notice',
  'api::budget-report.budget-report': 'type.budget-report',
  'api::statistic.statistic': 'type.statistic',
  'api::work-schedule.work-schedule': 'type.work-schedule',
  'api::info-access.info-access': 'type.info-access',
  'api::urgent-notice.urgent-notice': 'type.urgent-notice',
  'api::question-answer.question-answer': 'type.question-answer',
  'api::consultation.consultation': 'type.consultation',
};

/**
 * Main menu → Ban biên tập: the user's queues (Việc của tôi, Chờ duyệt, Bị trả lại, Đã đăng gần
 * đây) with their counts, each row linking to the item's edit view, and the report figures.
 */
export function BoardPage() {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const { data, error, reload } = useQueues();
  const [tab, setTab] = React.useState<string>('mine');
  const mine = data?.counts.mine ?? 0;
  const title = t('board.title');

  return (
    <Page.Main>
      <Page.Title>{mine > 0 ? `(${mine}) ${title}` : title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={data ? t('board.subtitle', { count: mine }) : t('board.loading')}
        primaryAction={
          <Button variant="secondary" onClick={reload}>
            {t('board.refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        {error ? (
          <Typography textColor="danger600">{apiErrorMessage(error, t('error.load'))}</Typography>
        ) : (
          <Tabs.Root value={tab} onValueChange={setTab}>
            <Tabs.List aria-label={title}>
              {QUEUES.map((queue) => (
                <Tabs.Trigger key={queue} value={queue}>
                  <Flex gap={2} tag="span">
                    {formatMessage({ id: trad(`queue.${queue}`), defaultMessage: QUEUE_LABELS[queue] })}
                    <Badge active={tab === queue} data-queue-count={queue}>
                      {data?.counts[queue] ?? '…'}
                    </Badge>
                  </Flex>
                </Tabs.Trigger>
              ))}
              <Tabs.Trigger value={REPORTS}>{t('board.reports')}</Tabs.Trigger>
            </Tabs.List>
            {QUEUES.map((queue) => (
              <Tabs.Content key={queue} value={queue}>
                <Box paddingTop={4}>
                  {data ? (
                    <QueueTable queue={queue} items={data.queues[queue]} total={data.counts[queue]} />
                  ) : (
                    <Typography textColor="neutral600">{t('board.loading')}</Typography>
                  )}
                </Box>
              </Tabs.Content>
            ))}
            <Tabs.Content value={REPORTS}>
              <Box paddingTop={4}>
                <React.Suspense fallback={<Typography textColor="neutral600">{t('board.loading')}</Typography>}>
                  <ReportPanel />
                </React.Suspense>
              </Box>
            </Tabs.Content>
          </Tabs.Root>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}

function QueueTable({ queue, items, total }: { queue: QueueName; items: QueueItem[]; total: number }) {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  if (items.length === 0) {
    return (
      <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
        <Typography textColor="neutral600">{t(`queue.${queue}.empty`)}</Typography>
      </Box>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Table
        colCount={5}
        rowCount={items.length + 1}
        aria-label={formatMessage({ id: trad(`queue.${queue}`), defaultMessage: QUEUE_LABELS[queue] })}
      >
        <Thead>
          <Tr>
            <Th>{t('board.column.title')}</Th>
            <Th>{t('board.column.type')}</Th>
            <Th>{t('board.column.state')}</Th>
            <Th>{t('board.column.assignee')}</Th>
            <Th>{t('board.column.updatedAt')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {items.map((item) => (
            <Tr key={`${item.uid}:${item.documentId}:${item.locale}`}>
              <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
                <Link tag={NavLink} to={editViewPath(item.uid, item.documentId, item.locale)}>
                  {item.title || t('board.untitled')}
                </Link>
                {item.authorName && (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('board.author', { name: item.authorName })}
                  </Typography>
                )}
              </Td>
              <Td>
                <Typography>
                  {t(TYPE_KEYS[item.uid] ?? 'type.other')}
                  {item.locale ? ` (${item.locale})` : ''}
                </Typography>
              </Td>
              <Td>
                <StateBadge
                  size="S"
                  state={item.state}
                  label={formatMessage({ id: trad(`state.${item.state}`), defaultMessage: item.stateLabel })}
                />
                {item.scheduledAt && (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('board.scheduled', { at: formatDateTime(item.scheduledAt, locale) })}
                  </Typography>
                )}
              </Td>
              <Td>
                <Typography>{item.assignee?.name ?? '—'}</Typography>
              </Td>
              <Td>
                <Typography>{formatDateTime(item.updatedAt, locale)}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {total > items.length && (
        <Typography variant="pi" textColor="neutral600">
          {t('board.more', { shown: items.length, total })}
        </Typography>
      )}
    </Flex>
  );
}
