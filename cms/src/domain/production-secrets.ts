/**
 * Production fails closed: the CMS refuses to start with a secret that is missing, shorter than
 * 32 bytes, or still a placeholder from config/.env.example. On a developer's machine the
 * launcher generates secrets (scripts/lib/secrets.ts); a server must be given its own.
 *
 * Pure: the caller passes the environment and the names it needs. Problems are English
 * sentences for the log; they name the variable, never its value.
 */

/** Secrets Strapi signs or encrypts with. APP_KEYS is a comma-separated list, each key checked. */
export const REQUIRED_SECRETS = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'] as const;

export const MIN_SECRET_BYTES = 32;

/** The placeholder config/.env.example uses for every value an operator must choose. */
const PLACEHOLDER = /CHANGE_?ME/i;

type Environment = Readonly<Record<string, string | undefined>>;

function problemsOfSecret(name: string, value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [`${name} is not set`];
  const parts = name === 'APP_KEYS' ? value.split(',').map((key) => key.trim()) : [value];
  if (name === 'APP_KEYS' && parts.some((key) => key === '')) return ['APP_KEYS has an empty key'];
  const problems: string[] = [];
  parts.forEach((part, index) => {
    const label = parts.length > 1 ? `${name} (key ${index + 1})` : name;
    if (PLACEHOLDER.test(part)) problems.push(`${label} is a CHANGE_ME placeholder`);
    else if (Buffer.byteLength(part, 'utf8') < MIN_SECRET_BYTES) problems.push(`${label} is shorter than ${MIN_SECRET_BYTES} bytes`);
  });
  return problems;
}

/**
 * Everything wrong with the environment for a production start: each required secret, and any
 * other variable still holding a CHANGE_ME placeholder (a database or SMTP password copied from
 * the example file is as dangerous as a missing secret).
 */
/**
 * Secrets that may be left unset (there is a fallback), but when set are held to the same rules:
 * PREVIEW_SECRET signs preview links, else a key derived from ADMIN_JWT_SECRET does (README "Preview").
 */
export const OPTIONAL_SECRETS = ['PREVIEW_SECRET'] as const;

export function productionSecretProblems(env: Environment, required: readonly string[] = REQUIRED_SECRETS): string[] {
  const problems = required.flatMap((name) => problemsOfSecret(name, env[name]));
  for (const name of OPTIONAL_SECRETS) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '' && !required.includes(name)) problems.push(...problemsOfSecret(name, value));
  }
  for (const [name, value] of Object.entries(env)) {
    if (required.includes(name) || (OPTIONAL_SECRETS as readonly string[]).includes(name) || value === undefined) continue;
    if (PLACEHOLDER.test(value)) problems.push(`${name} is a CHANGE_ME placeholder`);
  }
  return problems;
}
