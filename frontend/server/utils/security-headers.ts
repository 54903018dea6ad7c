/**
 * The security headers of every answer of a public site: pages, feeds, the sitemap, the API,
 * error pages and uploads. Set as the response's headers are written (server/plugins/
 * 00.security.ts), so they hold whatever a route or Nuxt's error handler set before.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { adminMayFrame, isPreviewPath, previewContentSecurityPolicy, previewHeaders } from './preview';

/**
 * The pages ship no JavaScript at all (noScripts on every route) and load nothing from another
 * origin: styles, images and fonts are the site's own files. Nothing is embedded either (the
 * document page links its PDF rather than showing it in an <object>, which cost a phone the whole
 * file with every view), so no <object>, <embed> or frame may load anything. No inline style either: the commune's
 * colours are a stylesheet (`/theme/<rrggbb>.css`) and component styles are links (nuxt.config's
 * `features.inlineStyles: false`). `form-action 'self'` keeps the GET search forms working.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Uploads that their route gives no policy of its own (`server/routes/uploads` sets one, with
 * `sandbox`, on anything a browser could run script in): PDFs and images, and the error page of
 * a missing file. The document page embeds its PDF, so same-origin framing is allowed here,
 * and only here. No `sandbox`: Chrome's PDF viewer refuses to open in a sandboxed document.
 */
export const UPLOAD_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Browser features a commune site never uses, denied to the page and anything it embeds.
 * Only features Chromium knows (it logs a warning for each unknown name, e.g. `battery`,
 * `bluetooth`, `vibrate`); `interest-cohort` (FLoC) and `browsing-topics` opt out of ad profiling.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** One year, the usual minimum for HSTS preload lists. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers that only tell an attacker what runs here. */
export const REMOVED_RESPONSE_HEADERS: readonly string[] = ['x-powered-by', 'server'];

export interface SecurityHeaderOptions {
  /** The site is https (NUXT_SITE_SCHEME): browsers are told to use nothing else (HSTS), and COOP applies. */
  https: boolean;
  /**
   * The origin of the one outside script this page loads: the ministry's EMC measurement script,
   * on the pages of a commune that turned it on (server/plugins/serve-emc-script.ts). Unset on
   * every other answer.
   */
  scriptOrigin?: string;
  /**
   * The admin's origin (NUXT_ADMIN_ORIGIN): the only page that may frame a preview page (its
   * preview panel). Empty: preview pages are framed by nobody, like every other page.
   */
  adminOrigin?: string;
}

/**
 * The page policy with one outside origin allowed to run its script and to report what it
 * measured (connect, and the images such counters send). Everything else stays as strict.
 */
export function pagePolicyWithScript(origin: string): string {
  return (
    PAGE_CONTENT_SECURITY_POLICY.replace("script-src 'none'", `script-src ${origin}`).replace(
      "img-src 'self'",
      `img-src 'self' ${origin}`,
    ) + `; connect-src ${origin}`
  );
}

/** `https://emc.gov.vn` and nothing else: a value that could widen the policy is never used. */
const ORIGIN = /^https:\/\/[a-z0-9.-]+$/;

export function isUploadPath(path: string): boolean {
  return path === '/uploads' || path.startsWith('/uploads/') || path.startsWith('/uploads?');
}

/** The headers every answer on `path` gets. */
export function securityHeaders(path: string, options: SecurityHeaderOptions): Record<string, string> {
  const upload = isUploadPath(path);
  const script = !upload && options.scriptOrigin && ORIGIN.test(options.scriptOrigin) ? options.scriptOrigin : null;
  const preview = isPreviewPath(path);
  const adminOrigin = options.adminOrigin ?? '';
  const framedByAdmin = preview && adminMayFrame(adminOrigin);
  return {
    'content-security-policy': upload
      ? UPLOAD_CONTENT_SECURITY_POLICY
      : preview
        ? previewContentSecurityPolicy(PAGE_CONTENT_SECURITY_POLICY, adminOrigin)
        : script
          ? pagePolicyWithScript(script)
          : PAGE_CONTENT_SECURITY_POLICY,
    // Old browsers without frame-ancestors: the same rule. It cannot name the admin's origin,
    // so a preview page the admin may frame goes without it (frame-ancestors says it all).
    ...(framedByAdmin ? {} : { 'x-frame-options': upload ? 'SAMEORIGIN' : 'DENY' }),
    'x-content-type-options': 'nosniff',
    // Other sites learn at most that a reader came from this site, never which page (search
    // words are in the address), and nothing over plain http; `no-referrer` would hide even
    // that from the provincial portal and the national public service portal we link to.
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    // Browsers apply both on https only (Chromium logs an error for a COOP header on plain
    // http), so a development site over http does without them.
    ...(options.https ? { 'strict-transport-security': HSTS, 'cross-origin-opener-policy': 'same-origin' } : {}),
    ...(preview ? previewHeaders() : {}),
  };
}

/** What a Node response offers for writing headers (http.ServerResponse, and test doubles). */
export interface HeaderTarget {
  getHeader(name: string): unknown;
  setHeader(name: string, value: string): unknown;
  removeHeader(name: string): void;
}

/**
 * Sets the headers of `path` on `response` just before they are sent. They replace whatever a
 * route or Nuxt's error handler set (its 404 answers bring a weaker CSP, `X-Frame-Options`,
 * `Referrer-Policy: no-referrer` and `X-Powered-By: Nuxt`), so every answer says the same.
 * One exception, on uploads only: a CSP the uploads route set for a file wins over the default.
 */
export function applySecurityHeaders(response: HeaderTarget, path: string, options: SecurityHeaderOptions): void {
  const routeSetPolicy = isUploadPath(path) && response.getHeader('content-security-policy') !== undefined;
  for (const [name, value] of Object.entries(securityHeaders(path, options))) {
    if (name === 'content-security-policy' && routeSetPolicy) continue;
    response.setHeader(name, value);
  }
  for (const name of REMOVED_RESPONSE_HEADERS) response.removeHeader(name);
  if (isPreviewPath(path) && adminMayFrame(options.adminOrigin ?? '')) response.removeHeader('x-frame-options');
}

/** A public site is read-only: GET and HEAD, and OPTIONS for the public API's CORS preflight. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

export function isAllowedMethod(method: string): boolean {
  return ALLOWED_METHODS.includes(method.toUpperCase());
}

/**
 * Request headers by which a proxy tells the site about the client. Read only on connections
 * from a trusted proxy (server/utils/trusted-proxies.ts); on any other they are dropped as the
 * request arrives, so no code below — h3's helpers, Nuxt's error handler — can ever read them.
 */
export const FORWARDING_HEADERS: readonly string[] = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-forwarded-proto',
  'x-forwarded-ssl',
  'x-real-ip',
];
