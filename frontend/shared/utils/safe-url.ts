/**
 * Links come from editors (menus, rich text). Only these schemes may become an `href`;
 * `javascript:`, `data:` and the like never reach the page.
 */
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** The URL if it is safe to put in an `href`, otherwise null (render the text without a link). */
export function safeHref(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  // Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme.toLowerCase()) ? trimmed : null;
  return trimmed;
}
