import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ReceivedRequest } from '../../../shared';
import { apiErrorMessage, isConflict } from '../utils/api-error';
import { trad } from '../utils/trad';

type Channel = ReceivedRequest['channel'];
const CHANNELS: Channel[] = ['paper', 'email', 'other'];

interface ReceivedDialogProps {
  open: boolean;
  onClose: () => void;
  onSubmit: (request: Omit<ReceivedRequest, 'version' | 'locale'>) => Promise<void>;
  onReload: () => void;
}

/**
 * "Ghi nhận tin gửi từ ngoài": a board member records that this draft came on paper or by e-mail
 * from someone without an account, so the report counts it under their name.
 */
export function ReceivedDialog({ open, onClose, onSubmit, onReload }: ReceivedDialogProps) {
  const { formatMessage } = useIntl();
  const t = (id: string): string => formatMessage({ id: trad(id) });
  const [authorName, setAuthorName] = React.useState('');
  const [channel, setChannel] = React.useState<Channel>('paper');
  const [comment, setComment] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState(false);
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setAuthorName('');
      setChannel('paper');
      setComment('');
      setError(null);
      setConflict(false);
    }
  }, [open]);

  if (!open) return null;

  const submit = async (event: React.FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (authorName.trim() === '') return setError(t('received.authorName.required'));
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit({ authorName: authorName.trim(), channel, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onClose();
    } catch (failure) {
      setConflict(isConflict(failure));
      setError(apiErrorMessage(failure, t('error.generic')));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(next: boolean) => !next && onClose()}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('dialog.close')}>
            <Modal.Title>{t('received.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography textColor="neutral700">{t('received.explain')}</Typography>
              <Field.Root name="authorName" required>
                <Field.Label>{t('received.authorName')}</Field.Label>
                <TextInput
                  value={authorName}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAuthorName(event.target.value)}
                />
              </Field.Root>
              <Field.Root name="channel" required>
                <Field.Label>{t('received.channel')}</Field.Label>
                <SingleSelect value={channel} onChange={(value) => setChannel(String(value) as Channel)}>
                  {CHANNELS.map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {t(`channel.${value}`)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Field.Root name="comment">
                <Field.Label>{t('dialog.comment.optional')}</Field.Label>
                <Textarea value={comment} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)} />
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
            <Button type="submit" loading={submitting}>
              {t('received.submit')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
