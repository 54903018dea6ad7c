import { Button, Flex, Status, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Earth, EarthStriked, User } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { AdminCommune } from '../../../shared';
import { trad } from '../utils/trad';
import { ConfirmButton } from './ConfirmButton';

interface CommunesTableProps {
  communes: AdminCommune[];
  selected: string | null;
  onShowMembers: (commune: AdminCommune) => void;
  onSetStatus: (commune: AdminCommune, action: 'suspend' | 'resume') => Promise<void>;
}

/** Every commune with its domains, status and member count; suspend, resume, show members. */
export function CommunesTable({ communes, selected, onShowMembers, onSetStatus }: CommunesTableProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const columns = ['name', 'code', 'domains', 'status', 'members'];

  return (
    <Table colCount={columns.length + 1} rowCount={communes.length + 1}>
      <caption>
        <VisuallyHidden>{t('communes.caption')}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma">{t(`communes.column.${column}`)}</Typography>
            </Th>
          ))}
          <Th>
            <VisuallyHidden>{t('communes.column.actions')}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {communes.map((commune) => {
          const suspended = commune.siteStatus === 'suspended';
          return (
            <Tr key={commune.documentId} aria-current={selected === commune.documentId ? 'true' : undefined}>
              <Td>
                <Typography fontWeight="bold">{commune.name}</Typography>
              </Td>
              <Td>
                <Typography>{commune.code}</Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{commune.primaryDomain}</Typography>
                  {commune.domainAliases.length > 0 && (
                    <Typography variant="pi" textColor="neutral600">
                      {t('communes.aliases', { aliases: commune.domainAliases.join(', ') })}
                    </Typography>
                  )}
                </Flex>
              </Td>
              <Td>
                <Status variant={suspended ? 'danger' : 'success'} size="S">
                  <Typography variant="omega" fontWeight="bold">
                    {t(suspended ? 'status.suspended' : 'status.active')}
                  </Typography>
                </Status>
              </Td>
              <Td>
                <Typography>{commune.memberCount}</Typography>
              </Td>
              <Td>
                <Flex gap={2} justifyContent="flex-end">
                  <Button
                    size="S"
                    variant={selected === commune.documentId ? 'secondary' : 'tertiary'}
                    startIcon={<User />}
                    aria-label={t('communes.showMembers.label', { name: commune.name })}
                    aria-pressed={selected === commune.documentId}
                    onClick={() => onShowMembers(commune)}
                  >
                    {t('communes.showMembers')}
                  </Button>
                  {suspended ? (
                    <ConfirmButton
                      label={t('communes.resume.label', { name: commune.name })}
                      title={t('resume.title', { name: commune.name })}
                      body={t('resume.body')}
                      startIcon={<Earth />}
                      confirmVariant="default"
                      onConfirm={() => onSetStatus(commune, 'resume')}
                    >
                      {t('communes.resume')}
                    </ConfirmButton>
                  ) : (
                    <ConfirmButton
                      label={t('communes.suspend.label', { name: commune.name })}
                      title={t('suspend.title', { name: commune.name })}
                      body={t('suspend.body')}
                      startIcon={<EarthStriked />}
                      variant="danger-light"
                      confirmVariant="danger"
                      onConfirm={() => onSetStatus(commune, 'suspend')}
                    >
                      {t('communes.suspend')}
                    </ConfirmButton>
                  )}
                </Flex>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
