import { Box, Typography } from '@strapi/design-system';
import type * as React from 'react';
import { useIntl } from 'react-intl';
import { apiErrorMessage, isForbidden } from '../utils/api-error';
import { trad } from '../utils/trad';

/** A boxed message in the page (empty lists, refusals). */
export function Notice({ children, tone = 'neutral' }: { children: React.ReactNode; tone?: 'neutral' | 'danger' }) {
  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
      <Typography textColor={tone === 'danger' ? 'danger600' : 'neutral700'} role={tone === 'danger' ? 'alert' : undefined}>
        {children}
      </Typography>
    </Box>
  );
}

/**
 * A failed load: the server's own (Vietnamese) message, which says why it refused (not on this
 * commune's board, the commune suspended…), else a plain-words one.
 */
export function LoadError({ error }: { error: unknown }) {
  const { formatMessage } = useIntl();
  const fallback = formatMessage({ id: trad(isForbidden(error) ? 'error.forbidden' : 'error.load') });
  return <Notice tone="danger">{apiErrorMessage(error, fallback)}</Notice>;
}
