import { Field, Flex, SingleSelect, SingleSelectOption, Textarea } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { REJECT_REASON_LABELS, REJECT_REASONS, type RejectReason } from '../../../shared';
import { trad } from '../utils/trad';

export interface RejectChoice {
  reason: RejectReason | '';
  note: string;
}

export const NO_REJECT_CHOICE: RejectChoice = { reason: '', note: '' };

/** The reason to refuse an item (required) and a note for the record (optional). */
export function RejectFields({ value, onChange, error }: { value: RejectChoice; onChange: (value: RejectChoice) => void; error?: string }) {
  const { formatMessage } = useIntl();
  const t = (id: string): string => formatMessage({ id: trad(id) });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="rejectReason" required error={error}>
        <Field.Label>{t('reject.reason')}</Field.Label>
        <SingleSelect
          value={value.reason}
          placeholder={t('reject.reason.placeholder')}
          onChange={(reason: string | number) => onChange({ ...value, reason: String(reason) as RejectReason })}
        >
          {REJECT_REASONS.map((reason) => (
            <SingleSelectOption key={reason} value={reason}>
              {REJECT_REASON_LABELS[reason]}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root name="rejectNote" hint={t('reject.note.hint')}>
        <Field.Label>{t('reject.note')}</Field.Label>
        <Textarea
          value={value.note}
          maxLength={500}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ ...value, note: event.target.value })}
        />
        <Field.Hint />
      </Field.Root>
    </Flex>
  );
}
