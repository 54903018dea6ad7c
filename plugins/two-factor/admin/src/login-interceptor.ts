/**
 * How the admin's core login page gets a second step.
 *
 * Strapi 5.54's login page (@strapi/admin pages/Auth/components/Login) is not extensible in the
 * Community edition: its routes are "immutable" (`app.router.addRoute` only adds routes inside
 * the signed-in layout, which redirects to the login page without a token), and the injection
 * zone it has is for the Enterprise SSO buttons. What is stable is the HTTP contract: the page
 * POSTs /admin/login through `window.fetch` and expects `data.token`. So this plugin wraps
 * `window.fetch` at register time (before any page runs) and watches for that one request: when
 * the answer is a challenge instead of a token, it hands the challenge to the sign-in step (drawn
 * over the page, outside the router: components/SignInStep.tsx) and leaves the login page's
 * request pending, so the page neither shows an error nor pretends to be signed in. Every other
 * request passes through untouched. If Strapi ever changes its login call, the server still
 * refuses every session without the code: the failure mode is "cannot sign in", never "signed in
 * without the code".
 */
import type { LoginChallengeResponse } from '../../shared';
import { announceChallenge } from './challenge-events';

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function isLoginRequest(input: RequestInfo | URL, init: RequestInit | undefined): boolean {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (method !== 'POST') return false;
  try {
    return new URL(requestUrl(input), window.location.href).pathname.replace(/\/+$/, '').endsWith('/admin/login');
  } catch {
    return false;
  }
}

function rememberMeOf(init: RequestInit | undefined): boolean {
  try {
    return typeof init?.body === 'string' && (JSON.parse(init.body) as { rememberMe?: unknown }).rememberMe === true;
  } catch {
    return false;
  }
}

let installed = false;

export function installLoginInterceptor(): void {
  if (installed) return;
  installed = true;
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await originalFetch(input, init);
    if (!response.ok || !isLoginRequest(input, init)) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as Partial<LoginChallengeResponse> | null;
    const challenge = body?.data?.twoFactor;
    if (!challenge) return response;
    announceChallenge({ ...challenge, rememberMe: rememberMeOf(init) });
    // The login page waits; the sign-in step reloads the admin when it is done.
    return new Promise<Response>(() => undefined);
  };
}
