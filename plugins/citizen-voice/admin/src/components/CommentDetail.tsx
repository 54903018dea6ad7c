import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { COMMENT_STATE_LABELS, REJECT_REASON_LABELS, type InboxComment } from '../../../shared';
import type { ModerationApi } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { formatDateTime } from '../utils/format';
import { trad } from '../utils/trad';
import { CitizenText } from './CitizenText';
import { ContactCard } from './ContactCard';
import { ActionStatus } from './ActionStatus';
import { NO_REJECT_CHOICE, type RejectChoice } from './RejectFields';
import { RejectForm } from './RejectForm';

interface CommentDetailProps {
  comment: InboxComment;
  api: ModerationApi;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * One comment on a draft document: its full text, the commenter's contact data (board only),
 * and moderation: approve (shown on the consultation's page with initials, if the consultation
 * shows comments) or refuse with a reason.
 */
export function CommentDetail({ comment, api, onClose, onChanged }: CommentDetailProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const [rejecting, setRejecting] = React.useState(false);
  const [reject, setReject] = React.useState<RejectChoice>(NO_REJECT_CHOICE);
  const [reasonError, setReasonError] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  // Decided here: the buttons go at once, not when the list's reload brings the new state.
  const pending = comment.state === 'pending' && done === null;

  const run = async (work: () => Promise<void>, message: string): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await work();
      setDone(message);
      setRejecting(false);
      onChanged();
    } catch (failure) {
      setError(apiErrorMessage(failure, t('error.action')));
    } finally {
      setBusy(false);
    }
  };

  const confirmReject = () => {
    if (reject.reason === '') {
      setReasonError(t('reject.reason.required'));
      return;
    }
    const reason = reject.reason;
    setReasonError(undefined);
    void run(() => api.rejectComment(comment.code, reason, reject.note), t('comments.rejected'));
  };

  return (
    <Modal.Root open onOpenChange={(isOpen: boolean) => !isOpen && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('detail.close')}>
          <Modal.Title>{t('comments.detail.title', { code: comment.code })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex gap={4} wrap="wrap">
              <Typography>
                <strong>{t('comments.column.consultation')}:</strong> {comment.consultation.title || t('comments.consultation.unknown')}
              </Typography>
              <Typography>
                <strong>{t('column.received')}:</strong> {formatDateTime(comment.receivedAt)}
              </Typography>
              <Typography>
                <strong>{t('column.state')}:</strong> {COMMENT_STATE_LABELS[comment.state]}
                {comment.rejectReason ? ` — ${REJECT_REASON_LABELS[comment.rejectReason]}` : ''}
              </Typography>
            </Flex>
            <CitizenText id="citizen-voice-comment" title={t('comments.detail.body')} body={comment.body} />
            <ContactCard contact={comment} />
            {pending && rejecting && (
              <RejectForm
                label={t('comments.reject')}
                value={reject}
                onChange={(value) => {
                  setReject(value);
                  setReasonError(undefined);
                }}
                error={reasonError}
                loading={busy}
                disabled={busy}
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
          {pending && !rejecting && (
            <Flex gap={2}>
              <Button variant="danger-light" onClick={() => setRejecting(true)} disabled={busy}>
                {t('comments.reject')}
              </Button>
              <Button
                onClick={() => void run(() => api.approveComment(comment.code), t('comments.approved'))}
                loading={busy}
                disabled={busy}
              >
                {t('comments.approve')}
              </Button>
            </Flex>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
