import {
  Button,
  Checkbox,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { TransitionAction, TransitionRequest, WorkflowView } from '../../../shared';
import { apiErrorMessage, isConflict } from '../utils/api-error';
import { localInputToIso } from '../utils/format';
import { trad } from '../utils/trad';

export interface PanelAction {
  action: TransitionAction;
  label: string;
  commentRequired: boolean;
}

interface ActionDialogProps {
  /** What the dialog needs of the item (a new item has no assignee and nobody to assign). */
  view: Pick<WorkflowView, 'assignee' | 'assignable' | 'myRole'>;
  /** The button pressed; null while the dialog is closed. */
  action: PanelAction | null;
  onClose: () => void;
  /** Sends the transition (saving unsaved work first: the event is handed to the edit view's Save); rejects with the server's error. */
  onSubmit: (request: Omit<TransitionRequest, 'version' | 'locale'>, event: React.SyntheticEvent) => Promise<void>;
  /** Reloads the item after a conflict (someone acted first). */
  onReload: () => void;
}

const EMPTY = { comment: '', assigneeId: '', scheduledAt: '', thenPublish: false };

/**
 * The dialog behind every board button: a comment (required for return, reject, force-publish
 * and unpublish), the member to assign, the publication time, and for the head's approval the
 * choice to publish at once. Shows the server's message when it refuses.
 */
export function ActionDialog({ view, action, onClose, onSubmit, onReload }: ActionDialogProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const [form, setForm] = React.useState(EMPTY);
  const [error, setError] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState(false);
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (action) {
      setForm({ ...EMPTY, assigneeId: view.assignee ? String(view.assignee.id) : '' });
      setError(null);
      setConflict(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when a dialog opens, not when the view refreshes underneath it.
  }, [action]);

  if (!action) return null;
  const kind = action.action;
  const label = formatMessage({ id: trad(`action.${kind}`), defaultMessage: action.label });

  const submit = async (event: React.FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const comment = form.comment.trim();
    if (action.commentRequired && comment === '') return setError(t('dialog.comment.required'));
    const request: Omit<TransitionRequest, 'version' | 'locale'> = { action: kind, ...(comment ? { comment } : {}) };
    if (kind === 'assign') {
      if (form.assigneeId === '') return setError(t('dialog.assignee.required'));
      request.assigneeId = Number(form.assigneeId);
    }
    if (kind === 'schedule') {
      const at = localInputToIso(form.scheduledAt);
      if (!at) return setError(t('dialog.schedule.required'));
      request.scheduledAt = at;
    }
    if (kind === 'approve' && form.thenPublish) request.thenPublish = true;
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(request, event);
      onClose();
    } catch (failure) {
      setConflict(isConflict(failure));
      setError(apiErrorMessage(failure, t('error.generic')));
    } finally {
      setSubmitting(false);
    }
  };

  const commentLabel = t(
    action.commentRequired ? `dialog.comment.required.${kind === 'return' ? 'return' : 'reason'}` : 'dialog.comment.optional',
  );

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('dialog.close')}>
            <Modal.Title>{label}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography textColor="neutral700">{t(`dialog.explain.${kind}`)}</Typography>
              {kind === 'assign' && (
                <Field.Root name="assignee" required>
                  <Field.Label>{t('dialog.assignee')}</Field.Label>
                  <SingleSelect
                    value={form.assigneeId}
                    placeholder={t('dialog.assignee.placeholder')}
                    onChange={(value) => setForm({ ...form, assigneeId: String(value) })}
                  >
                    {view.assignable.map((person) => (
                      <SingleSelectOption key={person.id} value={String(person.id)}>
                        {person.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              )}
              {kind === 'schedule' && (
                <Field.Root name="scheduledAt" required hint={t('dialog.schedule.hint')}>
                  <Field.Label>{t('dialog.schedule')}</Field.Label>
                  <TextInput
                    type="datetime-local"
                    value={form.scheduledAt}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, scheduledAt: event.target.value })}
                  />
                  <Field.Hint />
                </Field.Root>
              )}
              {kind === 'approve' && view.myRole === 'head' && (
                <Checkbox checked={form.thenPublish} onCheckedChange={(checked) => setForm({ ...form, thenPublish: checked === true })}>
                  {t('dialog.thenPublish')}
                </Checkbox>
              )}
              <Field.Root name="comment" required={action.commentRequired}>
                <Field.Label>{commentLabel}</Field.Label>
                <Textarea
                  value={form.comment}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                    setForm({ ...form, comment: event.target.value });
                    setError(null);
                  }}
                />
              </Field.Root>
              {error && (
                <Flex direction="column" alignItems="flex-start" gap={2} role="alert">
                  <Typography textColor="danger600">{error}</Typography>
                  {conflict && (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        onReload();
                        onClose();
                      }}
                    >
                      {t('panel.reload')}
                    </Button>
                  )}
                </Flex>
              )}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('dialog.cancel')}</Button>
            </Modal.Close>
            <Button
              type="submit"
              loading={submitting}
              variant={kind === 'reject' || kind === 'unpublish' || kind === 'return' ? 'danger-light' : 'default'}
            >
              {label}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
