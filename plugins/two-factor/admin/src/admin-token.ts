/**
 * Hands the access token to the admin panel the way Strapi 5.54's own login does (the `login`
 * action of @strapi/admin's reducer): in localStorage `jwtToken` when "remember me" was ticked,
 * else in the `jwtToken` cookie (path /admin) for the browser session; plus `isLoggedIn`. The
 * panel reads them when it loads, so a full page load after this is signed in. The refresh
 * cookie was set by the server on the same answer.
 */
const TOKEN_KEY = 'jwtToken';
const ADMIN_PATH = '/admin';

export function storeAdminToken(token: string, persist: boolean): void {
  if (persist) {
    window.localStorage.setItem(TOKEN_KEY, JSON.stringify(token));
  } else {
    window.localStorage.removeItem(TOKEN_KEY);
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${TOKEN_KEY}=${encodeURIComponent(token)}; Path=${ADMIN_PATH}; SameSite=Strict${secure}`;
  }
  window.localStorage.setItem('isLoggedIn', 'true');
}

/** Where the admin panel starts (after sign-in). */
export function adminHome(): string {
  return `${window.location.origin}${ADMIN_PATH}`;
}
