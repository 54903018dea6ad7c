import { Button, Flex, IconButton, Modal, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import type * as React from 'react';
import { useIntl } from 'react-intl';
import type { AddCommuneResult } from '../../../shared';
import { trad } from '../utils/trad';

interface ProvisionedDialogProps {
  result: AddCommuneResult['data'] | null;
  onClose: () => void;
}

/**
 * What "Thêm xã, phường" created, and each new account's invitation link, shown once (as the
 * invitation dialog does): nothing keeps the links after this closes; a lost one is replaced
 * with "Đặt lại" in the commune's members.
 */
export function ProvisionedDialog({ result, onClose }: ProvisionedDialogProps) {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>): string => formatMessage({ id: trad(id) }, values);
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();

  const copyLink = async (url: string): Promise<void> => {
    const copied = await copy(url);
    toggleNotification(copied ? { type: 'success', message: t('link.copied') } : { type: 'warning', message: t('link.copyFailed') });
  };

  return (
    <Modal.Root open={result !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('action.close')}>
          <Modal.Title>{t('added.title', { name: result?.commune.name ?? '' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {result && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography tag="p">
                {t('added.counts', {
                  categories: result.added.category,
                  pages: result.added.page,
                  accounts: result.added.account,
                  domain: result.commune.primaryDomain,
                })}
              </Typography>
              {result.notes.map((note) => (
                <Typography key={note} tag="p" textColor="warning700">
                  {t('added.note', { note })}
                </Typography>
              ))}
              {result.accounts.length > 0 && (
                <>
                  <Typography tag="p" fontWeight="bold">
                    {t('added.links')}
                  </Typography>
                  <Table colCount={3} rowCount={result.accounts.length + 1}>
                    <Thead>
                      <Tr>
                        <Th>
                          <Typography variant="sigma">{t('added.column.email')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('added.column.roles')}</Typography>
                        </Th>
                        <Th>
                          <Typography variant="sigma">{t('added.column.link')}</Typography>
                        </Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {result.accounts.map((account) => (
                        <Tr key={account.email}>
                          <Td>
                            <Typography>{account.email}</Typography>
                          </Td>
                          <Td>
                            <Typography>{account.roles}</Typography>
                          </Td>
                          <Td>
                            <Flex gap={2}>
                              <TextInput
                                aria-label={t('added.link', { email: account.email })}
                                value={account.inviteUrl}
                                readOnly
                                onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.currentTarget.select()}
                              />
                              <IconButton
                                label={t('added.copy', { email: account.email })}
                                onClick={() => void copyLink(account.inviteUrl)}
                              >
                                <Duplicate />
                              </IconButton>
                            </Flex>
                          </Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                </>
              )}
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
