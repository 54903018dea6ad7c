import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useRatings } from '../api';
import { formatDay, monthStartInVietnam, percent, todayInVietnam } from '../utils/format';
import { trad } from '../utils/trad';
import { LoadError, Notice } from './Notice';

const COLUMNS = ['path', 'useful', 'notUseful', 'share', 'comments'] as const;

/**
 * "Đánh giá": "Thông tin này có hữu ích không?" counted per page over a date range (this month
 * by default), with each page's latest short comments.
 */
export function RatingsTab({ commune }: { commune: string }) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const [draft, setDraft] = React.useState({ from: monthStartInVietnam(), to: todayInVietnam() });
  const [range, setRange] = React.useState(draft);
  const ratings = useRatings(commune, range);
  const figures = ratings.data;

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRange({ ...draft });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <form onSubmit={apply} aria-label={t('ratings.range')}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="from">
              <Field.Label>{t('ratings.from')}</Field.Label>
              <TextInput
                type="date"
                value={draft.from}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, from: event.target.value })}
              />
            </Field.Root>
            <Field.Root name="to">
              <Field.Label>{t('ratings.to')}</Field.Label>
              <TextInput
                type="date"
                value={draft.to}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, to: event.target.value })}
              />
            </Field.Root>
            <Button type="submit" variant="secondary">
              {t('ratings.apply')}
            </Button>
          </Flex>
        </form>
      </Box>
      {ratings.error !== null && <LoadError error={ratings.error} />}
      {!figures && ratings.error === null && <Typography>{t('loading')}</Typography>}
      {figures && (
        <>
          <Typography aria-live="polite" data-ratings-total>
            {t('ratings.summary', {
              from: formatDay(figures.meta.from),
              to: formatDay(figures.meta.to),
              useful: figures.meta.useful,
              notUseful: figures.meta.notUseful,
              share: percent(figures.meta.useful, figures.meta.useful + figures.meta.notUseful),
            })}
          </Typography>
          {figures.data.length === 0 ? (
            <Notice>{t('ratings.empty')}</Notice>
          ) : (
            <Table colCount={COLUMNS.length} rowCount={figures.data.length + 1} aria-label={t('tab.ratings')}>
              <Thead>
                <Tr>
                  {COLUMNS.map((column) => (
                    <Th key={column}>
                      <Typography variant="sigma">{t(`ratings.column.${column}`)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {figures.data.map((row) => (
                  <Tr key={row.path}>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '20rem', overflowWrap: 'anywhere' }}>
                      <Typography>{row.path}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.useful}</Typography>
                    </Td>
                    <Td>
                      <Typography>{row.notUseful}</Typography>
                    </Td>
                    <Td>
                      <Typography>{percent(row.useful, row.useful + row.notUseful)}</Typography>
                    </Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }}>
                      {row.comments.length === 0 ? (
                        <Typography textColor="neutral700">—</Typography>
                      ) : (
                        <ul>
                          {row.comments.map((comment, index) => (
                            <li key={`${comment.day}-${index}`}>
                              <Typography variant="pi">
                                {t(comment.useful ? 'ratings.comment.useful' : 'ratings.comment.notUseful', {
                                  day: formatDay(comment.day),
                                })}{' '}
                                {comment.comment}
                              </Typography>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </>
      )}
    </Flex>
  );
}
