import { Badge, Button, Flex, Loader, Status, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Key, Lock, Plus, Shield, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AdminCommune, CommuneMember } from '../../../shared';
import type { ProvinceApi } from '../api';
import { apiErrorMessage } from '../utils/api-error';
import { boardRoleMessage } from '../utils/roles';
import { trad } from '../utils/trad';
import { ConfirmButton } from './ConfirmButton';
import { InviteDialog } from './InviteDialog';
import { InviteLinkDialog, type ShownLink } from './InviteLinkDialog';

interface CommuneMembersProps {
  commune: AdminCommune;
  api: ProvinceApi;
  /** Called when the member count changed (invite, remove). */
  onMembersChanged: () => void;
}

const fullName = (member: CommuneMember): string => [member.lastname, member.firstname].filter(Boolean).join(' ');

/** One commune's members: who they are, their board role, whether they have activated their account. */
export function CommuneMembers({ commune, api, onMembersChanged }: CommuneMembersProps) {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [members, setMembers] = React.useState<CommuneMember[] | null>(null);
  const [locked, setLocked] = React.useState<Set<number>>(new Set());
  const [inviting, setInviting] = React.useState(false);
  const [link, setLink] = React.useState<ShownLink | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);

  const load = React.useCallback(async () => {
    try {
      const [listed, locks] = await Promise.all([api.listMembers(commune.documentId), api.lockedUserIds()]);
      setMembers(listed);
      setLocked(locks);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, formatMessage({ id: trad('error.load') })) });
    }
  }, [api, commune.documentId, formatMessage, toggleNotification]);

  React.useEffect(() => {
    setMembers(null);
    void load();
    heading.current?.focus();
  }, [load]);

  const failed = (error: unknown): void => toggleNotification({ type: 'danger', message: apiErrorMessage(error, t('error.generic')) });

  const reset = async (member: CommuneMember): Promise<void> => {
    try {
      const url = await api.reset(member.id);
      setLink({ email: member.email ?? '', url });
      await load();
    } catch (error) {
      failed(error);
    }
  };

  const resetTwoFactor = async (member: CommuneMember): Promise<void> => {
    try {
      await api.resetTwoFactor(member.adminUserId);
      toggleNotification({ type: 'success', message: t('resetTwoFactor.done', { email: member.email ?? '' }) });
    } catch (error) {
      failed(error);
    }
  };

  const unlock = async (member: CommuneMember): Promise<void> => {
    try {
      await api.unlock(member.adminUserId);
      toggleNotification({ type: 'success', message: t('unlock.done', { email: member.email ?? '' }) });
      await load();
    } catch (error) {
      failed(error);
    }
  };

  const remove = async (member: CommuneMember): Promise<void> => {
    try {
      await api.remove(member.id);
      toggleNotification({ type: 'success', message: t('remove.done', { email: member.email ?? '' }) });
      await load();
      onMembersChanged();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="section">
      <Flex justifyContent="space-between" alignItems="center" gap={4}>
        <Typography variant="beta" tag="h2" ref={heading} tabIndex={-1}>
          {t('members.title', { name: commune.name })}
        </Typography>
        <Button startIcon={<Plus />} onClick={() => setInviting(true)}>
          {t('members.invite')}
        </Button>
      </Flex>
      {members === null ? (
        <Loader small>{t('members.loading')}</Loader>
      ) : members.length === 0 ? (
        <Typography textColor="neutral600">{t('members.empty')}</Typography>
      ) : (
        <Table colCount={5} rowCount={members.length + 1}>
          <caption>
            <VisuallyHidden>{t('members.caption', { name: commune.name })}</VisuallyHidden>
          </caption>
          <Thead>
            <Tr>
              {['email', 'name', 'role', 'account'].map((column) => (
                <Th key={column}>
                  <Typography variant="sigma">{t(`members.column.${column}`)}</Typography>
                </Th>
              ))}
              <Th>
                <VisuallyHidden>{t('members.column.actions')}</VisuallyHidden>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {members.map((member) => (
              <Tr key={member.id}>
                <Td>
                  <Typography>{member.email ?? t('members.noAccount')}</Typography>
                </Td>
                <Td>
                  <Typography>{fullName(member)}</Typography>
                </Td>
                <Td>
                  <Flex gap={2} wrap="wrap">
                    <Typography>{formatMessage({ id: boardRoleMessage(member.boardRole) })}</Typography>
                    {member.isCommuneAdmin && <Badge active>{t('members.column.admin')}</Badge>}
                  </Flex>
                </Td>
                <Td>
                  {locked.has(member.adminUserId) ? (
                    <Status variant="danger" size="S">
                      <Typography variant="omega" fontWeight="bold">
                        {t('account.locked')}
                      </Typography>
                    </Status>
                  ) : (
                    <Status variant={member.isActive ? 'success' : 'secondary'} size="S">
                      <Typography variant="omega" fontWeight="bold">
                        {t(member.isActive ? 'account.active' : 'account.invited')}
                      </Typography>
                    </Status>
                  )}
                </Td>
                <Td>
                  <Flex gap={2} justifyContent="flex-end">
                    {locked.has(member.adminUserId) && (
                      <Button
                        variant="secondary"
                        startIcon={<Lock />}
                        aria-label={t('members.unlock.label', { email: member.email ?? '' })}
                        onClick={() => void unlock(member)}
                      >
                        {t('members.unlock')}
                      </Button>
                    )}
                    <ConfirmButton
                      label={t('members.reset.label', { email: member.email ?? '' })}
                      title={t('reset.title', { email: member.email ?? '' })}
                      body={t('reset.body')}
                      startIcon={<Key />}
                      confirmVariant="danger-light"
                      onConfirm={() => reset(member)}
                    >
                      {t('members.reset')}
                    </ConfirmButton>
                    {member.isActive && (
                      <ConfirmButton
                        label={t('members.resetTwoFactor.label', { email: member.email ?? '' })}
                        title={t('resetTwoFactor.title', { email: member.email ?? '' })}
                        body={t('resetTwoFactor.body')}
                        startIcon={<Shield />}
                        confirmVariant="danger-light"
                        onConfirm={() => resetTwoFactor(member)}
                      >
                        {t('members.resetTwoFactor')}
                      </ConfirmButton>
                    )}
                    <ConfirmButton
                      label={t('members.remove.label', { email: member.email ?? '' })}
                      title={t('remove.title', { email: member.email ?? '', name: commune.name })}
                      body={t('remove.body')}
                      startIcon={<Trash />}
                      variant="danger-light"
                      confirmVariant="danger"
                      onConfirm={() => remove(member)}
                    >
                      {t('members.remove')}
                    </ConfirmButton>
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <InviteDialog
        commune={commune}
        api={api}
        open={inviting}
        onOpenChange={setInviting}
        onInvited={(shown) => {
          setLink(shown);
          void load();
          onMembersChanged();
        }}
      />
      <InviteLinkDialog link={link} onClose={() => setLink(null)} />
    </Flex>
  );
}
