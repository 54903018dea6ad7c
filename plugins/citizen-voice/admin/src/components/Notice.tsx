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
 * A failed load: the board-only refusal (403) in plain words, else the server's own message
 * (Vietnamese), else a generic one.
 */
export function LoadError({ error }: { error: unknown }) {
  const { formatMessage } = useIntl();
  if (isForbidden(error)) return <Notice tone="danger">{formatMessage({ id: trad('error.forbidden') })}</Notice>;
  return <Notice tone="danger">{apiErrorMessage(error, formatMessage({ id: trad('error.load') }))}</Notice>;
}
