import { Box, Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { trad } from '../utils/trad';
import { RejectFields, type RejectChoice } from './RejectFields';

interface RejectFormProps {
  /** The section's accessible name: the action's own label ("Từ chối", "Không duyệt"…). */
  label: string;
  value: RejectChoice;
  onChange: (value: RejectChoice) => void;
  error?: string;
  /** The refusal is being sent: the confirm button spins. */
  loading: boolean;
  /** Any action of the detail is being sent: confirm is off. */
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The boxed "refuse with a reason" form of a detail dialog: reason, note, confirm and cancel. */
export function RejectForm({ label, value, onChange, error, loading, disabled, onConfirm, onCancel }: RejectFormProps) {
  const { formatMessage } = useIntl();
  const t = (id: string): string => formatMessage({ id: trad(id) });
  return (
    <Box padding={4} hasRadius borderColor="danger200" tag="section" aria-label={label}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <RejectFields value={value} onChange={onChange} error={error} />
        <Flex gap={2}>
          <Button variant="danger" onClick={onConfirm} loading={loading} disabled={disabled}>
            {t('detail.reject.confirm')}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {t('detail.reject.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
