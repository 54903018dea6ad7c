import { Button, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { trad } from '../utils/trad';

export interface ShownLink {
  email: string;
  url: string;
}

interface InviteLinkDialogProps {
  link: ShownLink | null;
  onClose: () => void;
}

/**
 * Shows a new invitation (or reset) link once, with a copy button. The link is not kept
 * anywhere after the dialog closes: province IT gets a new one with "Reset" if it is lost.
 */
export function InviteLinkDialog({ link, onClose }: InviteLinkDialogProps) {
  const { formatMessage } = useIntl();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();

  const copyLink = async (): Promise<void> => {
    if (!link) return;
    const copied = await copy(link.url);
    toggleNotification(
      copied
        ? { type: 'success', message: formatMessage({ id: trad('link.copied') }) }
        : { type: 'warning', message: formatMessage({ id: trad('link.copyFailed') }) },
    );
  };

  return (
    <Modal.Root open={link !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={formatMessage({ id: trad('action.close') })}>
          <Modal.Title>{formatMessage({ id: trad('link.title') }, { email: link?.email ?? '' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>{formatMessage({ id: trad('link.body') })}</Typography>
            <Field.Root name="invite-link">
              <Field.Label>{formatMessage({ id: trad('link.label') })}</Field.Label>
              <TextInput value={link?.url ?? ''} readOnly onFocus={(event) => event.currentTarget.select()} />
            </Field.Root>
            <Flex>
              <Button startIcon={<Duplicate />} onClick={copyLink}>
                {formatMessage({ id: trad('link.copy') })}
              </Button>
            </Flex>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage({ id: trad('action.close') })}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
