import { Box, Button, Flex, Loader, TextButton, Typography } from '@strapi/design-system';
import * as React from 'react';
import type { EnrolmentOffer } from '../../../shared';
import { adminHome, storeAdminToken } from '../admin-token';
import { onChallenge, type PendingChallenge } from '../challenge-events';
import { errorText, vi } from '../messages';
import { signInApi, TwoFactorApiError } from '../sign-in-api';
import { CodeField } from './CodeField';
import { EnrolmentOfferView } from './EnrolmentOfferView';
import { RecoveryCodesView } from './RecoveryCodesView';

/** Refusals after which this challenge is spent: only a new sign-in helps. */
const FINAL = new Set(['CHALLENGE_INVALID', 'CHALLENGE_EXPIRED', 'TOO_MANY_ATTEMPTS']);

/**
 * The second step of sign-in, drawn over the login page when POST /admin/login answers with a
 * challenge: the code (or a recovery code), or — for a required account not enrolled yet — the
 * enrolment (QR code, secret in text, first code, recovery codes). When it is done, it hands the
 * token to the admin panel and loads it.
 */
export function SignInStep() {
  const [challenge, setChallenge] = React.useState<PendingChallenge | null>(null);
  React.useEffect(() => onChallenge(setChallenge), []);
  if (!challenge) return null;
  return (
    <Box
      position="fixed"
      top={0}
      left={0}
      right={0}
      bottom={0}
      background="neutral100"
      zIndex={1000}
      overflow="auto"
      padding={6}
      role="dialog"
      aria-modal="true"
      aria-labelledby="two-factor-title"
    >
      <Box
        maxWidth="56rem"
        marginLeft="auto"
        marginRight="auto"
        background="neutral0"
        padding={8}
        hasRadius
        shadow="tableShadow"
        data-testid="two-factor-step"
        data-step={challenge.step}
      >
        <Typography variant="alpha" tag="h1" id="two-factor-title">
          {vi.title}
        </Typography>
        <Box paddingTop={4}>{challenge.step === 'enrol' ? <Enrol challenge={challenge} /> : <Verify challenge={challenge} />}</Box>
      </Box>
    </Box>
  );
}

const restart = (): void => window.location.assign(`${adminHome()}/auth/login`);

function signedIn(token: string, challenge: PendingChallenge): void {
  storeAdminToken(token, challenge.rememberMe);
  window.location.assign(adminHome());
}

function useFailure(): [string | undefined, boolean, (error: unknown) => void] {
  const [message, setMessage] = React.useState<string | undefined>();
  const [spent, setSpent] = React.useState(false);
  const fail = React.useCallback((error: unknown) => {
    const code = error instanceof TwoFactorApiError ? error.code : undefined;
    setMessage(errorText(code));
    if (code !== undefined && FINAL.has(code)) setSpent(true);
  }, []);
  return [message, spent, fail];
}

function Verify({ challenge }: { challenge: PendingChallenge }) {
  const [recovery, setRecovery] = React.useState(false);
  const [code, setCode] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [error, spent, fail] = useFailure();

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      signedIn((await signInApi.verify(challenge.challenge, code)).token, challenge);
    } catch (caught) {
      fail(caught);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>{vi.verifyIntro}</Typography>
        <CodeField
          key={String(recovery)}
          name="code"
          label={recovery ? vi.recoveryLabel : vi.codeLabel}
          recovery={recovery}
          value={code}
          error={error}
          onChange={setCode}
        />
        <Typography variant="pi" textColor="neutral600">
          {vi.expiresHint}
        </Typography>
        <Flex gap={2} justifyContent="space-between" wrap="wrap">
          <TextButton
            type="button"
            onClick={() => {
              setRecovery(!recovery);
              setCode('');
            }}
          >
            {recovery ? vi.useApp : vi.useRecovery}
          </TextButton>
          <Flex gap={2}>
            <Button type="button" variant="tertiary" onClick={restart}>
              {vi.cancel}
            </Button>
            <Button type="submit" loading={busy} disabled={spent || code.trim() === ''}>
              {vi.confirm}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </form>
  );
}

function Enrol({ challenge }: { challenge: PendingChallenge }) {
  const [offer, setOffer] = React.useState<EnrolmentOffer | null>(null);
  const [code, setCode] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<{ token: string; codes: string[] } | null>(null);
  const [error, spent, fail] = useFailure();

  React.useEffect(() => {
    signInApi.offer(challenge.challenge).then(setOffer, fail);
  }, [challenge.challenge, fail]);

  if (done) return <RecoveryCodesView codes={done.codes} continueLabel={vi.continue} onContinue={() => signedIn(done.token, challenge)} />;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      const session = await signInApi.confirm(challenge.challenge, code);
      setDone({ token: session.token, codes: session.recoveryCodes ?? [] });
    } catch (caught) {
      fail(caught);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography>{vi.enrolIntro}</Typography>
        {offer ? <EnrolmentOfferView offer={offer} /> : spent ? null : <Loader small>{vi.loading}</Loader>}
        <CodeField name="code" label={vi.codeLabel} value={code} error={error} onChange={setCode} />
        <Flex gap={2} justifyContent="flex-end">
          <Button type="button" variant="tertiary" onClick={restart}>
            {vi.cancel}
          </Button>
          <Button type="submit" loading={busy} disabled={spent || offer === null || code.trim() === ''}>
            {vi.confirm}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
