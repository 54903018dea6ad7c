import { Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { MyCommunesState } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { trad } from '../utils/trad';

/**
 * "Xã đang làm việc": a select for users of several communes; the name of the commune for
 * users of one; an explanation for province IT and for accounts without a commune.
 */
export function CommuneSwitcher({ state }: { state: MyCommunesState }) {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [saving, setSaving] = React.useState(false);
  const t = (id: string, values?: Record<string, string>): string => formatMessage({ id: trad(id) }, values);
  const { data } = state;

  if (state.error) return <Typography textColor="danger600">{apiErrorMessage(state.error, t('error.load'))}</Typography>;
  if (!data) return <Typography textColor="neutral600">{t('switcher.loading')}</Typography>;
  if (data.allCommunes) return <Typography textColor="neutral600">{t('switcher.province')}</Typography>;
  if (data.communes.length === 0) return <Typography textColor="neutral600">{t('switcher.none')}</Typography>;

  const only = data.communes.length === 1 ? data.communes[0] : undefined;
  if (only) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography fontWeight="bold">{only.name}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('switcher.single', { name: only.name })}
        </Typography>
      </Flex>
    );
  }

  const choose = async (value: string | number): Promise<void> => {
    const commune = data.communes.find((item) => item.documentId === String(value));
    if (!commune || commune.documentId === data.selected) return;
    setSaving(true);
    try {
      await state.select(commune.documentId);
      toggleNotification({ type: 'success', message: t('switcher.saved', { name: commune.name }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, t('error.generic')) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Field.Root
      name="working-commune"
      width="100%"
      hint={data.current ? t('switcher.hint') : undefined}
      error={data.current ? undefined : t('switcher.mustChoose')}
    >
      <Field.Label>{t('switcher.label')}</Field.Label>
      <SingleSelect
        value={data.selected ?? ''}
        placeholder={t('switcher.placeholder')}
        onChange={choose}
        loading={saving}
        disabled={saving}
      >
        {data.communes.map((commune) => (
          <SingleSelectOption key={commune.documentId} value={commune.documentId}>
            {commune.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
