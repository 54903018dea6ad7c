/**
 * Signing in to the admin, through the API and in a browser, with the second step: the one place
 * the tests know how sign-in goes (see tests/support/two-factor.ts for the codes).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { freshCode, rememberSecret } from './two-factor.ts';

interface LoginAnswer {
  data?: { token?: string; twoFactor?: { challenge: string; step: 'verify' | 'enrol' } };
  error?: unknown;
}

/** Headers a test adds to every call of one sign-in (e.g. `x-forwarded-for` through a trusted proxy). */
type ExtraHeaders = Record<string, string>;

async function postJson<Body>(url: string, body: unknown, headers: ExtraHeaders = {}): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** The second step for a challenge from POST /admin/login: enrols if asked, else answers with a code. Returns the access token. */
export async function completeChallenge(
  baseUrl: string,
  email: string,
  challenge: { challenge: string; step: 'verify' | 'enrol' },
  headers: ExtraHeaders = {},
): Promise<string> {
  if (challenge.step === 'enrol') {
    const offer = await postJson<{ data?: { secret: string } }>(
      `${baseUrl}/two-factor/challenge/enrol`,
      { challenge: challenge.challenge },
      headers,
    );
    if (!offer.body.data) throw new Error(`Enrolment offer for ${email} failed with HTTP ${offer.status}: ${JSON.stringify(offer.body)}`);
    rememberSecret(baseUrl, email, offer.body.data.secret);
    const confirmed = await postJson<{ data?: { token: string; recoveryCodes: string[] } }>(
      `${baseUrl}/two-factor/challenge/enrol/confirm`,
      {
        challenge: challenge.challenge,
        code: await freshCode(baseUrl, email),
      },
      headers,
    );
    if (!confirmed.body.data)
      throw new Error(`Enrolment of ${email} failed with HTTP ${confirmed.status}: ${JSON.stringify(confirmed.body)}`);
    rememberSecret(baseUrl, email, offer.body.data.secret, confirmed.body.data.recoveryCodes);
    return confirmed.body.data.token;
  }
  const verified = await postJson<{ data?: { token: string } }>(
    `${baseUrl}/two-factor/challenge/verify`,
    { challenge: challenge.challenge, code: await freshCode(baseUrl, email) },
    headers,
  );
  if (!verified.body.data) throw new Error(`Second step of ${email} failed with HTTP ${verified.status}: ${JSON.stringify(verified.body)}`);
  return verified.body.data.token;
}

/** POST /admin/login and, when asked, the second step. Returns the admin access token. */
export async function adminLogin(baseUrl: string, email: string, password: string, headers: ExtraHeaders = {}): Promise<string> {
  const response = await postJson<LoginAnswer>(`${baseUrl}/admin/login`, { email, password }, headers);
  const data = response.body.data;
  if (response.status === 200 && data?.token) return data.token;
  if (response.status === 200 && data?.twoFactor) return completeChallenge(baseUrl, email, data.twoFactor, headers);
  throw new Error(`Admin login of ${email} failed with HTTP ${response.status}: ${JSON.stringify(response.body)}`);
}

/**
 * Signs in on the admin's login page in a new browser context, as a person would: the password,
 * then the code from their app — or, the first time, the enrolment (the secret read from the text
 * under the QR code, a code, the recovery codes acknowledged).
 */
export async function browserLogin(
  newContext: () => Promise<BrowserContext>,
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await passSecondStep(page, baseUrl, email);
  return { context, page };
}

/** On the page just after the password: the enrolment or the code, until the admin opens. */
export async function passSecondStep(page: Page, baseUrl: string, email: string): Promise<void> {
  const dialog = page.getByTestId('two-factor-step');
  const outcome = await Promise.race([
    dialog.waitFor({ state: 'visible', timeout: 30_000 }).then(() => 'challenge' as const),
    page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 }).then(() => 'signed-in' as const),
  ]);
  if (outcome === 'signed-in') return;
  const secretText = page.getByTestId('two-factor-secret');
  if ((await dialog.getAttribute('data-step')) === 'enrol') {
    await secretText.waitFor({ state: 'visible' });
    rememberSecret(baseUrl, email, (await secretText.innerText()).trim());
    await dialog.getByLabel('Mã xác thực gồm 6 chữ số').fill(await freshCode(baseUrl, email));
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    const codes = page.getByTestId('two-factor-recovery-codes');
    await codes.waitFor({ state: 'visible' });
    await dialog.getByText('Tôi đã lưu các mã khôi phục').click();
    await Promise.all([
      page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Vào trang quản trị' }).click(),
    ]);
    return;
  }
  await dialog.getByLabel('Mã xác thực gồm 6 chữ số').fill(await freshCode(baseUrl, email));
  await Promise.all([
    page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Xác nhận' }).click(),
  ]);
}
