import { Box, Flex, Typography } from '@strapi/design-system';
import {
  unstable_useDocumentLayout as useDocumentLayout,
  type PanelComponent,
  type PanelComponentProps,
} from '@strapi/content-manager/strapi-admin';
import type * as React from 'react';
import { useIntl } from 'react-intl';
import { isLoggedType, type ChangeEntry } from '../../../shared';
import { useChanges } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime } from '../utils/format';
import { trad } from '../utils/trad';

/**
 * "Nhật ký thay đổi" in the edit view of the types that reach the site without the board (leaders,
 * contacts, categories, site settings, the commune record): who changed what, and who tried.
 * The head, the commune admin and province IT read it; everyone else is told who may change the
 * row (they only read it).
 */
export const ChangesPanel: PanelComponent = (props) => {
  const { formatMessage } = useIntl();
  if (!isLoggedType(props.model)) return null;
  return { title: formatMessage({ id: trad('changes.title') }), content: <ChangesPanelBody {...props} /> };
};

function ChangesPanelBody({ model, documentId, document }: PanelComponentProps) {
  const { formatMessage, locale } = useIntl();
  const t = (id: string): string => formatMessage({ id: trad(id) });
  const { entries, refused, error } = useChanges(model, documentId, document?.updatedAt);
  // Fields by the label the edit view gives them ("Chức vụ"), not their key ("position").
  const { edit } = useDocumentLayout(model);
  const labelOf = (field: string): string => edit.metadatas[field]?.label || field;
  const who = model === 'plugin::commune-tenancy.commune' ? t('changes.whoProvince') : t('changes.whoHead');

  let body: React.ReactNode;
  if (!documentId) body = <Typography textColor="neutral600">{who}</Typography>;
  else if (refused) body = <Typography textColor="neutral600">{`${who} ${t('changes.readOnly')}`}</Typography>;
  else if (error) body = <Typography textColor="danger600">{apiErrorMessage(error, t('error.load'))}</Typography>;
  else if (!entries) body = <Typography textColor="neutral600">{t('changes.loading')}</Typography>;
  else if (entries.length === 0) body = <Typography textColor="neutral600">{t('changes.empty')}</Typography>;
  else
    body = (
      <Flex tag="ol" direction="column" alignItems="stretch" gap={3} aria-label={t('changes.title')}>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} locale={locale} system={t('changes.system')} labelOf={labelOf} />
        ))}
      </Flex>
    );

  return (
    <Box width="100%" data-testid="editorial-board-changes">
      {body}
    </Box>
  );
}

/** A kept value as text: null is "(trống)", lists are joined. */
const shown = (value: unknown): string =>
  value === null || value === undefined || value === '' ? '(trống)' : Array.isArray(value) ? value.join(', ') : String(value);

function Entry({
  entry,
  locale,
  system,
  labelOf,
}: {
  entry: ChangeEntry;
  locale: string;
  system: string;
  labelOf: (field: string) => string;
}) {
  const refused = entry.outcome === 'refused';
  return (
    <Box
      tag="li"
      paddingLeft={3}
      borderStyle="solid"
      borderWidth="0 0 0 2px"
      borderColor={refused ? 'danger200' : 'neutral200'}
      data-outcome={entry.outcome}
    >
      <Typography variant="omega" fontWeight="semiBold" tag="p" textColor={refused ? 'danger600' : 'neutral800'}>
        {refused ? `${entry.actionLabel} — ${entry.outcomeLabel}` : entry.actionLabel}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {[entry.actor?.name ?? system, formatDateTime(entry.at, locale), entry.address].filter(Boolean).join(' · ')}
      </Typography>
      {entry.fields.length > 0 && (
        <Typography variant="pi" textColor="neutral800" tag="p">
          {entry.fields
            .map((field) => {
              const before = entry.before && field in entry.before ? shown(entry.before[field]) : null;
              const after = entry.after && field in entry.after ? shown(entry.after[field]) : null;
              const label = labelOf(field);
              if (before !== null && after !== null) return `${label}: ${before} → ${after}`;
              return after !== null ? `${label}: ${after}` : label;
            })
            .join('; ')}
        </Typography>
      )}
    </Box>
  );
}
