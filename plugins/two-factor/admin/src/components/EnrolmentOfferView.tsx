import { Box, Flex, Typography } from '@strapi/design-system';
import type { EnrolmentOffer } from '../../../shared';
import { vi } from '../messages';

/** Groups the base32 secret by four, as authenticator apps accept it with or without spaces. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim();

/** The QR code (SVG drawn by our server, shown as an image: no script) and the same secret in text. */
export function EnrolmentOfferView({ offer }: { offer: EnrolmentOffer }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography>{vi.enrolStep1}</Typography>
      <Typography>{vi.enrolStep2}</Typography>
      <Flex justifyContent="center">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(offer.qrSvg)}`} alt={vi.qrAlt} width={200} height={200} />
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {vi.enrolManual}
      </Typography>
      <Box background="neutral100" padding={3} hasRadius>
        <Typography fontWeight="bold" data-testid="two-factor-secret" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {grouped(offer.secret)}
        </Typography>
      </Box>
      <Typography>{vi.enrolStep3}</Typography>
    </Flex>
  );
}
