import { Button, Checkbox, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AdminCommune, BoardRole, InvitationRequest } from '../../../shared';
import type { ProvinceApi } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { BOARD_ROLE_ORDER, boardRoleMessage } from '../utils/roles';
import { trad } from '../utils/trad';
import type { ShownLink } from './InviteLinkDialog';

interface InviteDialogProps {
  commune: AdminCommune;
  api: ProvinceApi;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called after a successful invitation; with the link when a new account was created. */
  onInvited: (link: ShownLink | null) => void;
}

const EMPTY = { email: '', firstname: '', lastname: '', boardRole: 'contributor' as BoardRole, isCommuneAdmin: false };

/** The invitation form: e-mail, name, board role, commune-admin flag. */
export function InviteDialog({ commune, api, open, onOpenChange, onInvited }: InviteDialogProps) {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [form, setForm] = React.useState(EMPTY);
  const [errors, setErrors] = React.useState<Partial<Record<'email' | 'firstname', string>>>({});
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setForm(EMPTY);
      setErrors({});
    }
  }, [open]);

  const required = (field: 'email' | 'firstname'): string =>
    formatMessage({ id: trad('invite.required') }, { field: formatMessage({ id: trad(`invite.${field}`) }).toLowerCase() });

  const submit = async (event: React.FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const missing = {
      ...(form.email.trim() ? {} : { email: required('email') }),
      ...(form.firstname.trim() ? {} : { firstname: required('firstname') }),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const request: InvitationRequest = {
      ...form,
      email: form.email.trim(),
      firstname: form.firstname.trim(),
      lastname: form.lastname.trim(),
      commune: commune.documentId,
    };
    setSubmitting(true);
    try {
      const result = await api.invite(request);
      onOpenChange(false);
      if (!result.inviteUrl)
        toggleNotification({ type: 'success', message: formatMessage({ id: trad('invite.added') }, { email: request.email }) });
      onInvited(result.inviteUrl ? { email: request.email, url: result.inviteUrl } : null);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.generic') })) });
    } finally {
      setSubmitting(false);
    }
  };

  const text = (field: 'email' | 'firstname' | 'lastname', type = 'text', hint?: string) => (
    <Field.Root name={field} required={field !== 'lastname'} error={field === 'lastname' ? undefined : errors[field]} hint={hint}>
      <Field.Label>{formatMessage({ id: trad(`invite.${field}`) })}</Field.Label>
      <TextInput
        type={type}
        autoComplete="off"
        value={form[field]}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [field]: event.target.value })}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={formatMessage({ id: trad('action.close') })}>
            <Modal.Title>{formatMessage({ id: trad('invite.title') }, { name: commune.name })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {text('email', 'email', formatMessage({ id: trad('invite.email.hint') }))}
              {text('lastname')}
              {text('firstname')}
              <Field.Root name="boardRole" required>
                <Field.Label>{formatMessage({ id: trad('invite.role') })}</Field.Label>
                <SingleSelect value={form.boardRole} onChange={(value) => setForm({ ...form, boardRole: value as BoardRole })}>
                  {BOARD_ROLE_ORDER.map((role) => (
                    <SingleSelectOption key={role} value={role}>
                      {formatMessage({ id: boardRoleMessage(role) })}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Checkbox checked={form.isCommuneAdmin} onCheckedChange={(checked) => setForm({ ...form, isCommuneAdmin: checked === true })}>
                {formatMessage({ id: trad('invite.isCommuneAdmin') })}
              </Checkbox>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{formatMessage({ id: trad('action.cancel') })}</Button>
            </Modal.Close>
            <Button type="submit" loading={submitting}>
              {formatMessage({ id: trad('invite.submit') })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
