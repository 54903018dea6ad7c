import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TimelineEntry } from '../../../shared';
import { formatDateTime } from '../utils/format';
import { trad } from '../utils/trad';

/** Every event of an item, newest first, with who, when and the comment in full. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { formatMessage, locale } = useIntl();
  if (entries.length === 0) return <Typography textColor="neutral600">{formatMessage({ id: trad('timeline.empty') })}</Typography>;
  const newestFirst = [...entries].reverse();
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={formatMessage({ id: trad('timeline.title') })}>
      {newestFirst.map((entry) => (
        <Box
          tag="li"
          key={entry.id}
          paddingLeft={3}
          borderStyle="solid"
          borderWidth="0 0 0 2px"
          borderColor="neutral200"
          data-action={entry.action}
        >
          <Typography variant="omega" fontWeight="semiBold" tag="p">
            {formatMessage({ id: trad(`event.${entry.action}`), defaultMessage: entry.label })}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {[entry.actor?.name ?? formatMessage({ id: trad('timeline.system') }), formatDateTime(entry.at, locale)].join(' · ')}
          </Typography>
          {entry.comment && (
            <Box tag="blockquote" marginTop={1} padding={2} background="neutral100" hasRadius>
              <Typography variant="pi" textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.comment}
              </Typography>
            </Box>
          )}
        </Box>
      ))}
    </Flex>
  );
}
