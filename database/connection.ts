/** Helpers to derive connection strings for other databases on the same server. */

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL has no database name: ${redact(url)}`);
  return name;
}

/** The URL without its password, for logs. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** PostgreSQL identifiers we create are plain: refuse anything else rather than quote it. */
export function assertPlainIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Refusing database name ${JSON.stringify(name)}: use lower-case letters, digits and _`);
  }
}
