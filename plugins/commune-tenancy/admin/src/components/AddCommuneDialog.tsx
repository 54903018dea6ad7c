import { Alert, Box, Button, Field, Flex, Grid, Modal, TextInput, Typography } from '@strapi/design-system';
import { isFetchError } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { PROVISION_SLOTS, type AddCommuneRequest, type AddCommuneResult, type ProvisionSlot } from '../../../shared';
import type { ProvinceApi } from '../api';
import { trad } from '../utils/trad';

type TextField = 'name' | 'code' | 'domain' | 'province' | 'aliases' | 'shortName' | 'slug';
type Form = Record<TextField, string> & { emails: Record<ProvisionSlot, string> };

const EMPTY: Form = {
  name: '',
  code: '',
  domain: '',
  province: '',
  aliases: '',
  shortName: '',
  slug: '',
  emails: { admin: '', head: '', deputy: '', member: '', contributor: '' },
};

interface AddCommuneDialogProps {
  api: ProvinceApi;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onAdded: (result: AddCommuneResult['data']) => void;
}

/** The server's reasons for a refusal (each in Vietnamese), or its message, or the fallback. */
function refusalReasons(error: unknown, fallback: string): string[] {
  if (isFetchError(error)) {
    const body = error.response?.data?.error;
    const reasons = (body?.details as { reasons?: unknown } | undefined)?.reasons;
    if (Array.isArray(reasons) && reasons.every((reason) => typeof reason === 'string') && reasons.length > 0) return reasons;
    if (typeof body?.message === 'string' && body.message.trim() !== '') return [body.message];
  }
  return [fallback];
}

/** The request: blank optional fields are left out, so that the server's defaults apply. */
function requestOf(form: Form): AddCommuneRequest {
  const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const emails = Object.fromEntries(
    PROVISION_SLOTS.flatMap((slot) => (form.emails[slot].trim() ? [[slot, form.emails[slot].trim()]] : [])),
  );
  return {
    name: form.name.trim(),
    code: form.code.trim(),
    domain: form.domain.trim(),
    province: optional(form.province),
    aliases: optional(form.aliases),
    shortName: optional(form.shortName),
    slug: optional(form.slug),
    emails,
  };
}

/**
 * "Thêm xã, phường": the command line's `add` as a form. Only the name, code and domain are
 * required; the server checks everything and either creates the whole commune or nothing, and
 * its reasons are listed above the form so that nothing typed is lost.
 */
export function AddCommuneDialog({ api, open, onOpenChange, onAdded }: AddCommuneDialogProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const [form, setForm] = React.useState<Form>(EMPTY);
  const [reasons, setReasons] = React.useState<string[]>([]);
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setForm(EMPTY);
      setReasons([]);
    }
  }, [open]);

  const submit = async (event: React.FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setSubmitting(true);
    try {
      const result = await api.addCommune(requestOf(form));
      onOpenChange(false);
      onAdded(result);
    } catch (error) {
      setReasons(refusalReasons(error, t('error.generic')));
    } finally {
      setSubmitting(false);
    }
  };

  const text = (field: TextField, required = false) => (
    <Field.Root name={field} required={required} hint={t(`add.${field}.hint`)}>
      <Field.Label>{t(`add.${field}`)}</Field.Label>
      <TextInput
        autoComplete="off"
        value={form[field]}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [field]: event.target.value })}
      />
      <Field.Hint />
    </Field.Root>
  );

  const email = (slot: ProvisionSlot) => (
    <Field.Root name={`email-${slot}`}>
      <Field.Label>{t(`add.email.${slot}`)}</Field.Label>
      <TextInput
        type="email"
        autoComplete="off"
        value={form.emails[slot]}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
          setForm({ ...form, emails: { ...form.emails, [slot]: event.target.value } })
        }
      />
    </Field.Root>
  );

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate aria-label={t('add.title')}>
          <Modal.Header closeLabel={t('action.close')}>
            <Modal.Title>{t('add.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {reasons.length > 0 && (
                <Alert variant="danger" closeLabel={t('action.close')} title={t('add.refused')} onClose={() => setReasons([])}>
                  <ul>
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </Alert>
              )}
              <Typography textColor="neutral600">{t('add.intro')}</Typography>
              {text('name', true)}
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {text('code', true)}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {text('province')}
                </Grid.Item>
              </Grid.Root>
              {text('domain', true)}
              {text('aliases')}
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {text('shortName')}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {text('slug')}
                </Grid.Item>
              </Grid.Root>
              <Box paddingTop={2}>
                <Typography variant="delta" tag="h3">
                  {t('add.accounts')}
                </Typography>
                <Typography tag="p" textColor="neutral600">
                  {t('add.accounts.hint')}
                </Typography>
              </Box>
              {PROVISION_SLOTS.map((slot) => (
                <React.Fragment key={slot}>{email(slot)}</React.Fragment>
              ))}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={submitting}>
              {t('add.submit')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
