import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { trad } from '../utils/trad';

/** Previous / next with "Trang 2 / 5", for lists the server pages. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { formatMessage } = useIntl();
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (pageCount <= 1) return null;
  return (
    <Flex gap={2} justifyContent="flex-end" alignItems="center" tag="nav" aria-label={formatMessage({ id: trad('pager.label') })}>
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {formatMessage({ id: trad('pager.previous') })}
      </Button>
      <Typography>{formatMessage({ id: trad('pager.page') }, { page, pageCount })}</Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {formatMessage({ id: trad('pager.next') })}
      </Button>
    </Flex>
  );
}
