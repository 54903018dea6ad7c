import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { INBOX_STATE_LABELS, QUESTION_KIND_LABELS, REJECT_REASON_LABELS, type InboxItem, type InboxPerson } from '../../../shared';
import type { ModerationApi } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime, formatDay } from '../utils/format';
import { trad } from '../utils/trad';
import { CitizenText } from './CitizenText';
import { ContactCard } from './ContactCard';
import { ActionStatus } from './ActionStatus';
import { DueMark } from './DueMark';
import { NO_REJECT_CHOICE, type RejectChoice } from './RejectFields';
import { RejectForm } from './RejectForm';

/** Where the content manager edits a public answer (a path inside the admin router). */
export const answerEditPath = (documentId: string): string =>
  `/content-manager/collection-types/api::question-answer.question-answer/${encodeURIComponent(documentId)}`;

interface InboxDetailProps {
  item: InboxItem;
  assignees: InboxPerson[];
  api: ModerationApi;
  onClose: () => void;
  /** The list reloads after an action (the item's state changed). */
  onChanged: () => void;
}

/**
 * One question or piece of feedback: the full text, the citizen's contact data (board only), and
 * the board's actions: assign to a member, draft the public answer (then the content manager's
 * edit view, where the board panel takes it to the head's approval), or refuse with a reason.
 */
export function InboxDetail({ item, assignees, api, onClose, onChanged }: InboxDetailProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const navigate = useNavigate();
  const [assigneeId, setAssigneeId] = React.useState<string>(item.assignee ? String(item.assignee.id) : '');
  const [rejecting, setRejecting] = React.useState(false);
  const [reject, setReject] = React.useState<RejectChoice>(NO_REJECT_CHOICE);
  const [reasonError, setReasonError] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState<'assign' | 'answer' | 'reject' | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const [refused, setRefused] = React.useState(false);
  // Refused here: the actions go at once, not when the list's reload brings the new state.
  const open = item.state !== 'answered' && item.state !== 'rejected' && !refused;

  const run = async (action: 'assign' | 'answer' | 'reject', work: () => Promise<void>): Promise<void> => {
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      await work();
    } catch (failure) {
      setError(apiErrorMessage(failure, t('error.action')));
    } finally {
      setBusy(null);
    }
  };

  const assign = () =>
    run('assign', async () => {
      if (assigneeId === '') throw new Error('no assignee');
      await api.assign(item.code, Number(assigneeId));
      const person = assignees.find((candidate) => String(candidate.id) === assigneeId);
      setDone(t('detail.assigned', { name: person?.name ?? '' }));
      onChanged();
    });

  const answer = () => {
    // An existing draft is opened as it is; asking the server again would change nothing.
    if (item.answerDocumentId) return navigate(answerEditPath(item.answerDocumentId));
    return run('answer', async () => {
      const draft = await api.answer(item.code);
      onChanged();
      navigate(answerEditPath(draft.documentId));
    });
  };

  const confirmReject = () => {
    if (reject.reason === '') {
      setReasonError(t('reject.reason.required'));
      return;
    }
    const reason = reject.reason;
    setReasonError(undefined);
    void run('reject', async () => {
      await api.reject(item.code, reason, reject.note);
      setRejecting(false);
      setRefused(true);
      setDone(t('detail.rejected'));
      onChanged();
    });
  };

  return (
    <Modal.Root open onOpenChange={(isOpen: boolean) => !isOpen && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('detail.close')}>
          <Modal.Title>{t('detail.title', { code: item.code })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex gap={4} wrap="wrap">
              <Typography>
                <strong>{t('column.kind')}:</strong> {QUESTION_KIND_LABELS[item.kind]}
              </Typography>
              <Typography>
                <strong>{t('column.topic')}:</strong> {item.topic}
              </Typography>
              <Typography>
                <strong>{t('column.received')}:</strong> {formatDateTime(item.receivedAt)}
              </Typography>
              <Flex gap={2}>
                <Typography>
                  <strong>{t('column.due')}:</strong> {formatDay(item.dueOn)}
                </Typography>
                <DueMark due={item.due} />
              </Flex>
              <Typography>
                <strong>{t('column.state')}:</strong> {INBOX_STATE_LABELS[item.state]}
                {item.assignee ? ` — ${item.assignee.name}` : ''}
              </Typography>
            </Flex>
            <CitizenText id="citizen-voice-question" title={t('detail.question')} body={item.body} />
            <ContactCard contact={item} />
            {item.state === 'rejected' && item.rejectReason && (
              <Typography>
                <strong>{t('detail.rejectReason')}:</strong> {REJECT_REASON_LABELS[item.rejectReason]}
                {item.rejectNote ? ` — ${item.rejectNote}` : ''}
              </Typography>
            )}
            {open && (
              <Flex gap={2} alignItems="flex-end" wrap="wrap">
                <Box minWidth="18rem">
                  <Field.Root name="assignee">
                    <Field.Label>{t('detail.assignee')}</Field.Label>
                    <SingleSelect
                      value={assigneeId}
                      placeholder={t('detail.assignee.placeholder')}
                      onChange={(value: string | number) => setAssigneeId(String(value))}
                    >
                      {assignees.map((person) => (
                        <SingleSelectOption key={person.id} value={String(person.id)}>
                          {person.name}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                </Box>
                <Button variant="secondary" onClick={assign} loading={busy === 'assign'} disabled={assigneeId === '' || busy !== null}>
                  {t('detail.assign')}
                </Button>
              </Flex>
            )}
            {open && rejecting && (
              <RejectForm
                label={t('detail.reject')}
                value={reject}
                onChange={(value) => {
                  setReject(value);
                  setReasonError(undefined);
                }}
                error={reasonError}
                loading={busy === 'reject'}
                disabled={busy !== null}
                onConfirm={confirmReject}
                onCancel={() => setRejecting(false)}
              />
            )}
            <ActionStatus error={error} done={done} />
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('detail.close')}</Button>
          </Modal.Close>
          <Flex gap={2}>
            {open && !rejecting && (
              <Button variant="danger-light" onClick={() => setRejecting(true)} disabled={busy !== null}>
                {t('detail.reject')}
              </Button>
            )}
            {(open || item.answerDocumentId) && (
              <Button onClick={() => void answer()} loading={busy === 'answer'} disabled={busy !== null}>
                {t(item.answerDocumentId ? 'detail.openAnswer' : 'detail.answer')}
              </Button>
            )}
          </Flex>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
