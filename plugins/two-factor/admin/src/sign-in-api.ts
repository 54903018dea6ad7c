/**
 * The sign-in step's calls. Plain fetch with the admin's backend URL and `credentials: 'include'`
 * (the answer sets the refresh cookie); no Strapi fetch client, which needs a token we do not
 * have yet.
 */
import type { EnrolmentOffer, EnrolmentOfferResponse, SessionResponse } from '../../shared';

export class TwoFactorApiError extends Error {
  constructor(readonly code: string | undefined) {
    super(code ?? 'two-factor request failed');
  }
}

const backendUrl = (): string => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

async function post<Body>(path: string, body: unknown): Promise<Body> {
  const response = await fetch(`${backendUrl()}/two-factor${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as (Body & { error?: { details?: { code?: string } } }) | null;
  if (!response.ok || json === null) throw new TwoFactorApiError(json?.error?.details?.code);
  return json;
}

export const signInApi = {
  verify: async (challenge: string, code: string): Promise<SessionResponse['data']> =>
    (await post<SessionResponse>('/challenge/verify', { challenge, code })).data,
  offer: async (challenge: string): Promise<EnrolmentOffer> => (await post<EnrolmentOfferResponse>('/challenge/enrol', { challenge })).data,
  confirm: async (challenge: string, code: string): Promise<SessionResponse['data']> =>
    (await post<SessionResponse>('/challenge/enrol/confirm', { challenge, code })).data,
};
