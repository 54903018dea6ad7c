import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { trad } from '../utils/trad';

interface Contact {
  fullName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/**
 * The citizen's contact data, under the notice that only the commune's board may read it. After
 * the retention period the server has erased it (all null): the card says so.
 */
export function ContactCard({ contact }: { contact: Contact }) {
  const { formatMessage } = useIntl();
  const t = (id: string): string => formatMessage({ id: trad(id) });
  const erased = contact.fullName === null && contact.phone === null && contact.email === null && contact.address === null;
  const rows: Array<[string, string | null]> = [
    ['contact.name', contact.fullName],
    ['contact.phone', contact.phone],
    ['contact.email', contact.email],
    ['contact.address', contact.address],
  ];
  return (
    <Box padding={4} background="neutral100" hasRadius borderColor="neutral200" tag="section" aria-labelledby="citizen-voice-contact">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h3" id="citizen-voice-contact">
          {t('contact.title')}
        </Typography>
        <Typography variant="pi" textColor="neutral700">
          {t('contact.notice')}
        </Typography>
        {erased ? (
          <Typography>{t('contact.erased')}</Typography>
        ) : (
          <dl>
            {rows.map(([label, value]) => (
              <Flex key={label} gap={2} tag="div" paddingTop={1}>
                <Typography tag="dt" fontWeight="semiBold">
                  {t(label)}:
                </Typography>
                <Typography tag="dd">{value && value.trim() !== '' ? value : '—'}</Typography>
              </Flex>
            ))}
          </dl>
        )}
      </Flex>
    </Box>
  );
}
