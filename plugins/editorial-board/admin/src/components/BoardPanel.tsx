import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { unstable_useDocument, useForm, useNotification, useQueryParams } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { isGovernedType, type TransitionRequest, type WorkflowView } from '../../../shared';
import { useWorkflow } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime } from '../utils/format';
import { trad } from '../utils/trad';
import { actAfterSave, forgetIntent, saveHandlerFor, setReadOnlyReason, takeIntentAfterSave } from '../save-first';
import { ActionDialog, type PanelAction } from './ActionDialog';
import { ReceivedDialog } from './ReceivedDialog';
import { StateBadge } from './StateBadge';
import { Timeline } from './Timeline';

/**
 * "Ban biên tập" in the edit view of the governed types (addEditViewSidePanel). The panel is the
 * only way to move an item through the board: the built-in Publish and Unpublish are removed
 * for these types (see document-actions.ts).
 */
export const BoardPanel: PanelComponent = (props) => {
  const { formatMessage } = useIntl();
  if (!isGovernedType(props.model)) return null;
  return { title: formatMessage({ id: trad('panel.title') }), content: <BoardPanelContent {...props} /> };
};

/** The query parameters the content manager fetches the document with (its `buildValidParams`). */
function useDocumentParams(): Record<string, unknown> {
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  return React.useMemo(() => {
    const { plugins, ...rest } = query;
    const flattened = Object.values(typeof plugins === 'object' && plugins !== null ? plugins : {}).reduce<Record<string, unknown>>(
      (all, options) => (typeof options === 'object' && options !== null ? { ...all, ...options } : all),
      {},
    );
    return { ...rest, ...flattened };
  }, [query]);
}

function BoardPanelContent(props: PanelComponentProps) {
  return (
    <Box width="100%" data-testid="editorial-board-panel">
      <BoardPanelBody {...props} />
    </Box>
  );
}

function BoardPanelBody({ model, documentId, document, collectionType }: PanelComponentProps) {
  const { formatMessage, locale: uiLocale } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const { toggleNotification } = useNotification();
  const modified = useForm('EditorialBoardPanel', (state) => state.modified);
  const params = useDocumentParams();
  // Same arguments as the edit view's own query: refetching updates its header and status too.
  const { refetch } = unstable_useDocument({ collectionType, model, documentId, params }, { skip: !documentId });
  const locale = typeof document?.locale === 'string' ? document.locale : undefined;
  const workflow = useWorkflow(model, documentId, locale, document?.updatedAt);
  const [pressed, setPressed] = React.useState<PanelAction | null>(null);
  const [receiving, setReceiving] = React.useState(false);
  const updatedAt = typeof document?.updatedAt === 'string' ? document.updatedAt : undefined;
  // Read after an await, when this render's values are stale.
  const modifiedNow = React.useRef(modified);
  modifiedNow.current = modified;
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const acted = (message: string): void => {
    toggleNotification({ type: 'success', message });
    // Publishing and unpublishing change the document's status in the edit view's header: show it.
    refetch();
  };
  const stateName = (next: WorkflowView): string => formatMessage({ id: trad(`state.${next.state}`), defaultMessage: next.stateLabel });

  // A button pressed on unsaved work: once the save has landed (here, or in the panel of the item
  // a first save created), carry out the action, against the item's current version.
  React.useEffect(() => {
    if (modified) return;
    const intent = takeIntentAfterSave(model, documentId, updatedAt);
    if (!intent) return;
    workflow.transitionFresh(intent.request).then(
      (next) => acted(t('panel.done', { state: stateName(next) })),
      (failure: unknown) => toggleNotification({ type: 'danger', message: apiErrorMessage(failure, t('error.generic')) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `workflow`, `acted` and `t` change on every render; the intent is taken once.
  }, [model, documentId, updatedAt, modified]);

  /**
   * Runs the header's Save (validation, then create or update), leaving the action as an intent.
   * A save that did not land leaves the form modified (its errors are shown in the form by Strapi):
   * then the intent is dropped and the editor told why nothing was sent.
   */
  const saveThenAct = async (request: Omit<TransitionRequest, 'version' | 'locale'>, event: React.SyntheticEvent): Promise<void> => {
    const save = saveHandlerFor(model, documentId);
    if (!save) throw new Error('The edit view offered no save');
    actAfterSave(model, updatedAt, request);
    await save(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (mounted.current && modifiedNow.current) {
      forgetIntent();
      toggleNotification({ type: 'warning', message: t('panel.notSaved') });
    }
  };

  const readOnlyReason = workflow.view?.readOnlyReason ?? null;
  React.useEffect(() => {
    setReadOnlyReason(model, documentId, readOnlyReason);
    return () => setReadOnlyReason(model, documentId, null);
  }, [model, documentId, readOnlyReason]);

  if (!documentId) {
    return <NewItemPanel onSubmit={saveThenAct} />;
  }
  const { view } = workflow;
  if (!view) {
    if (workflow.error) return <Typography textColor="danger600">{apiErrorMessage(workflow.error, t('error.load'))}</Typography>;
    return <Typography textColor="neutral600">{t('panel.loading')}</Typography>;
  }

  const canReceive = view.state === 'draft' && (view.myRole === 'head' || view.myRole === 'deputy' || view.myRole === 'member');

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex gap={2} wrap="wrap" alignItems="center">
        <StateBadge state={view.state} label={formatMessage({ id: trad(`state.${view.state}`), defaultMessage: view.stateLabel })} />
        {view.live && (
          <Typography variant="pi" textColor="success600">
            {t('panel.live')}
          </Typography>
        )}
      </Flex>

      <Flex tag="dl" direction="column" alignItems="stretch" gap={2}>
        <Fact label={t('panel.author')} value={authorOf(view, t)} />
        {view.assignee && <Fact label={t('panel.assignee')} value={view.assignee.name} />}
        {view.approvedBy && (
          <Fact
            label={t('panel.approvedBy')}
            value={`${view.approvedBy.name}${view.approvedAt ? ` · ${formatDateTime(view.approvedAt, uiLocale)}` : ''}`}
          />
        )}
        {view.scheduledAt && <Fact label={t('panel.scheduledAt')} value={formatDateTime(view.scheduledAt, uiLocale)} />}
      </Flex>

      {view.readOnlyReason && <Notice tone="warning">{view.readOnlyReason}</Notice>}
      {view.changedSinceApproval && <Notice tone="warning">{t('panel.changedSinceApproval')}</Notice>}
      {modified && view.actions.length > 0 && <Notice tone="warning">{t('panel.saveChanges')}</Notice>}

      {view.actions.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {view.actions.map((action) => (
            <Button
              key={action.action}
              fullWidth
              variant={buttonVariant(action.action)}
              onClick={() => setPressed(action)}
              data-action={action.action}
            >
              {formatMessage({ id: trad(`action.${action.action}`), defaultMessage: action.label })}
            </Button>
          ))}
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.noActions')}
        </Typography>
      )}

      {canReceive && (
        <Button fullWidth variant="tertiary" disabled={modified} onClick={() => setReceiving(true)}>
          {t('received.title')}
        </Button>
      )}

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('timeline.title')}
        </Typography>
        <Timeline entries={view.timeline} />
      </Flex>

      <ActionDialog
        view={view}
        action={pressed}
        onClose={() => setPressed(null)}
        onReload={workflow.reload}
        onSubmit={async (request, event) => {
          if (modifiedNow.current) return saveThenAct(request, event);
          const next = await workflow.transition({ ...request, version: view.version });
          acted(t('panel.done', { state: stateName(next) }));
        }}
      />
      <ReceivedDialog
        open={receiving}
        onClose={() => setReceiving(false)}
        onReload={workflow.reload}
        onSubmit={async (request) => {
          await workflow.receive({ ...request, version: view.version });
          acted(t('received.done'));
        }}
      />
    </Flex>
  );
}

/** What the author may do with an item not saved yet: write, then send it to the board in one press. */
const SUBMIT: PanelAction = { action: 'submit', label: 'Gửi Ban biên tập', commentRequired: false };
const NEW_ITEM: Pick<WorkflowView, 'assignee' | 'assignable' | 'myRole'> = { assignee: null, assignable: [], myRole: null };

function NewItemPanel({
  onSubmit,
}: {
  onSubmit: (request: Omit<TransitionRequest, 'version' | 'locale'>, event: React.SyntheticEvent) => Promise<void>;
}) {
  const { formatMessage } = useIntl();
  const [pressed, setPressed] = React.useState<PanelAction | null>(null);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex gap={2} wrap="wrap" alignItems="center">
        <StateBadge state="draft" label={formatMessage({ id: trad('state.draft') })} />
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: trad('panel.newItem') })}
      </Typography>
      <Button fullWidth variant={buttonVariant('submit')} onClick={() => setPressed(SUBMIT)} data-action="submit">
        {formatMessage({ id: trad('action.submit'), defaultMessage: SUBMIT.label })}
      </Button>
      <ActionDialog view={NEW_ITEM} action={pressed} onClose={() => setPressed(null)} onReload={() => undefined} onSubmit={onSubmit} />
    </Flex>
  );
}

function authorOf(view: WorkflowView, t: (id: string) => string): string {
  const name = view.authorName ?? view.author?.name ?? '—';
  // Items typed in the admin need no channel; items received on paper or by e-mail say so.
  return view.sourceChannel === 'admin' ? name : `${name} (${t(`channel.${view.sourceChannel}`)})`;
}

function buttonVariant(action: string): 'default' | 'secondary' | 'danger-light' | 'success' {
  if (action === 'approve' || action === 'publish') return 'success';
  if (action === 'return' || action === 'reject' || action === 'unpublish' || action === 'force_publish') return 'danger-light';
  if (action === 'submit' || action === 'send' || action === 'assign') return 'default';
  return 'secondary';
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Flex direction="column" alignItems="flex-start" gap={0}>
      <Typography tag="dt" variant="pi" textColor="neutral600">
        {label}
      </Typography>
      <Typography tag="dd" variant="omega" textColor="neutral800">
        {value}
      </Typography>
    </Flex>
  );
}

function Notice({ tone, children }: { tone: 'warning'; children: React.ReactNode }) {
  return (
    <Box padding={3} background={`${tone}100`} borderColor={`${tone}200`} hasRadius role="status">
      <Typography variant="pi" textColor={`${tone}700`}>
        {children}
      </Typography>
    </Box>
  );
}
