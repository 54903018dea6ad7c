/**
 * Main menu → Hộp thư người dân: the current commune's questions and feedback, comments on its
 * draft documents and its pages' ratings. For the commune's board (head, deputy, member); the
 * server refuses anyone else (403) and the tabs say so in plain words.
 */
import { Box, Link, Tabs, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useCurrentCommune } from '../api';
import { CommentsTab } from '../components/CommentsTab';
import { InboxTab } from '../components/InboxTab';
import { LoadError, Notice } from '../components/Notice';
import { RatingsTab } from '../components/RatingsTab';
import { trad } from '../utils/trad';

const TABS = ['inbox', 'comments', 'ratings'] as const;
type Tab = (typeof TABS)[number];

export function CitizenVoicePage() {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const { commune, allCommunes, error } = useCurrentCommune();
  const [tab, setTab] = React.useState<Tab>('inbox');
  const title = t('title');

  let body: React.ReactNode;
  if (error) body = <LoadError error={error} />;
  else if (commune === undefined) body = <Typography>{t('loading')}</Typography>;
  else if (commune === null && allCommunes) body = <Notice>{t('error.province')}</Notice>;
  else if (commune === null)
    body = (
      <Notice>
        {t('error.noCommune')}{' '}
        <Link tag={NavLink} to="/plugins/commune-tenancy">
          {t('error.noCommune.link')}
        </Link>
      </Notice>
    );
  else
    body = (
      <Tabs.Root value={tab} onValueChange={(value: string) => setTab(value as Tab)}>
        <Tabs.List aria-label={title}>
          {TABS.map((name) => (
            <Tabs.Trigger key={name} value={name}>
              {t(`tab.${name}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {/* Each tab loads when opened: the key is the commune, so a switch starts afresh. */}
        <Tabs.Content value="inbox">
          <Box paddingTop={4}>{tab === 'inbox' && <InboxTab key={commune.documentId} commune={commune.documentId} />}</Box>
        </Tabs.Content>
        <Tabs.Content value="comments">
          <Box paddingTop={4}>{tab === 'comments' && <CommentsTab key={commune.documentId} commune={commune.documentId} />}</Box>
        </Tabs.Content>
        <Tabs.Content value="ratings">
          <Box paddingTop={4}>{tab === 'ratings' && <RatingsTab key={commune.documentId} commune={commune.documentId} />}</Box>
        </Tabs.Content>
      </Tabs.Root>
    );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={commune ? t('subtitle', { commune: commune.name }) : undefined} />
      <Layouts.Content>{body}</Layouts.Content>
    </Page.Main>
  );
}
