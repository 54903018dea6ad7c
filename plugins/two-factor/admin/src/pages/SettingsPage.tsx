import { Box, Button, Field, Flex, Loader, Main, TextInput, Toggle, Typography } from '@strapi/design-system';
import { isFetchError, Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import * as React from 'react';
import type { EnrolmentOffer, MyStatus, MyStatusResponse, PlatformSettingsResponse, RecoveryCodesResponse } from '../../../shared';
import { CodeField } from '../components/CodeField';
import { EnrolmentOfferView } from '../components/EnrolmentOfferView';
import { RecoveryCodesView } from '../components/RecoveryCodesView';
import { errorText } from '../messages';

const errorCodeOf = (error: unknown): string | undefined => {
  if (!isFetchError(error)) return undefined;
  const details = error.response?.data?.error?.details as { code?: string } | undefined;
  return details?.code;
};

type View =
  | { kind: 'status' }
  | { kind: 'enrol'; offer: EnrolmentOffer & { sealed: string } }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'reauth'; action: 'recovery-codes' | 'disable' };

/** Settings → Đăng nhập hai bước: one's own second factor; province IT also sets who must use it. */
export function SettingsPage() {
  const { get, post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<MyStatus | null>(null);
  const [view, setView] = React.useState<View>({ kind: 'status' });
  const [code, setCode] = React.useState('');
  const [password, setPassword] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();

  const load = React.useCallback(async () => setStatus((await get<MyStatusResponse>('/two-factor/me')).data.data), [get]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const reset = (): void => {
    setCode('');
    setPassword('');
    setError(undefined);
  };
  const failed = (caught: unknown): void => setError(errorText(errorCodeOf(caught)));

  const startEnrolment = async (): Promise<void> => {
    reset();
    try {
      setView({ kind: 'enrol', offer: (await post<{ data: EnrolmentOffer & { sealed: string } }>('/two-factor/me/enrol')).data.data });
    } catch (caught) {
      toggleNotification({ type: 'danger', message: errorText(errorCodeOf(caught)) });
    }
  };

  const confirmEnrolment = async (offer: EnrolmentOffer & { sealed: string }): Promise<void> => {
    try {
      const codes = (await post<RecoveryCodesResponse>('/two-factor/me/enrol/confirm', { sealed: offer.sealed, code })).data.data
        .recoveryCodes;
      reset();
      setView({ kind: 'codes', codes });
    } catch (caught) {
      failed(caught);
    }
  };

  const reauthenticated = async (action: 'recovery-codes' | 'disable'): Promise<void> => {
    try {
      const answer = await post<RecoveryCodesResponse>(`/two-factor/me/${action}`, { password, code });
      reset();
      if (action === 'recovery-codes') {
        setView({ kind: 'codes', codes: answer.data.data.recoveryCodes });
      } else {
        // Turning it off ends every session, this one included: sign in again.
        window.location.assign(`${window.location.origin}/admin/auth/login`);
      }
    } catch (caught) {
      failed(caught);
    }
  };

  const setRequireAll = async (requireAll: boolean): Promise<void> => {
    try {
      await put<PlatformSettingsResponse>('/two-factor/settings', { requireAll });
      await load();
      toggleNotification({
        type: 'success',
        message: requireAll
          ? 'Mọi tài khoản nay phải đăng nhập hai bước.'
          : 'Đã trở lại mặc định: bắt buộc với cấp tỉnh, trưởng ban và quản trị xã.',
      });
    } catch (caught) {
      toggleNotification({ type: 'danger', message: errorText(errorCodeOf(caught)) });
    }
  };

  return (
    <Main>
      <Layouts.Header
        title="Đăng nhập hai bước"
        subtitle="Sau mật khẩu, nhập thêm mã 6 chữ số từ ứng dụng trên điện thoại: lộ mật khẩu cũng không ai vào được tài khoản."
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" data-testid="two-factor-settings">
          {status === null ? (
            <Loader small>Đang tải…</Loader>
          ) : view.kind === 'enrol' ? (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <EnrolmentOfferView offer={view.offer} />
              <CodeField name="code" label="Mã xác thực gồm 6 chữ số" value={code} error={error} onChange={setCode} />
              <Flex gap={2}>
                <Button variant="tertiary" onClick={() => setView({ kind: 'status' })}>
                  Hủy
                </Button>
                <Button onClick={() => void confirmEnrolment(view.offer)}>Xác nhận</Button>
              </Flex>
            </Flex>
          ) : view.kind === 'codes' ? (
            <RecoveryCodesView
              codes={view.codes}
              continueLabel="Xong"
              onContinue={() => {
                setView({ kind: 'status' });
                void load();
              }}
            />
          ) : view.kind === 'reauth' ? (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                {view.action === 'disable'
                  ? 'Để tắt đăng nhập hai bước, nhập mật khẩu và mã đang hiện trên ứng dụng.'
                  : 'Để tạo mã khôi phục mới (các mã cũ sẽ hết hiệu lực), nhập mật khẩu và mã đang hiện trên ứng dụng.'}
              </Typography>
              <Field.Root name="password" required>
                <Field.Label>Mật khẩu</Field.Label>
                <TextInput
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPassword(event.target.value)}
                />
              </Field.Root>
              <CodeField name="code" label="Mã xác thực gồm 6 chữ số" value={code} error={error} onChange={setCode} />
              <Flex gap={2}>
                <Button variant="tertiary" onClick={() => setView({ kind: 'status' })}>
                  Hủy
                </Button>
                <Button variant={view.action === 'disable' ? 'danger' : 'default'} onClick={() => void reauthenticated(view.action)}>
                  Xác nhận
                </Button>
              </Flex>
            </Flex>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography fontWeight="bold">
                {status.enrolled
                  ? 'Đăng nhập hai bước đang bật cho tài khoản của bạn.'
                  : 'Đăng nhập hai bước chưa bật cho tài khoản của bạn.'}
              </Typography>
              {status.enrolled && <Typography>Còn {status.recoveryCodesLeft} mã khôi phục chưa dùng.</Typography>}
              {status.required && <Typography textColor="neutral600">Tài khoản của bạn bắt buộc đăng nhập hai bước.</Typography>}
              <Flex gap={2} wrap="wrap">
                {!status.enrolled && <Button onClick={() => void startEnrolment()}>Bật đăng nhập hai bước</Button>}
                {status.enrolled && (
                  <Button
                    variant="secondary"
                    onClick={() => {
                      reset();
                      setView({ kind: 'reauth', action: 'recovery-codes' });
                    }}
                  >
                    Tạo mã khôi phục mới
                  </Button>
                )}
                {status.enrolled && !status.required && (
                  <Button
                    variant="danger-light"
                    onClick={() => {
                      reset();
                      setView({ kind: 'reauth', action: 'disable' });
                    }}
                  >
                    Tắt đăng nhập hai bước
                  </Button>
                )}
              </Flex>
              {status.canManagePlatform && (
                <Box paddingTop={6}>
                  <Typography variant="delta" tag="h2">
                    Quy định chung (quản trị tỉnh)
                  </Typography>
                  <Box paddingTop={3}>
                    <Field.Root
                      name="requireAll"
                      hint="Mặc định: bắt buộc với quản trị tỉnh, cấp tỉnh, trưởng ban biên tập và quản trị xã; tự chọn với những người còn lại."
                    >
                      <Field.Label>Bắt buộc đăng nhập hai bước với mọi tài khoản</Field.Label>
                      <Toggle
                        onLabel="Bắt buộc"
                        offLabel="Mặc định"
                        checked={status.requireAll}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) => void setRequireAll(event.target.checked)}
                      />
                      <Field.Hint />
                    </Field.Root>
                  </Box>
                </Box>
              )}
            </Flex>
          )}
        </Box>
      </Layouts.Content>
    </Main>
  );
}
