/**
 * Reads the KEY=VALUE environment files of the production layout (/etc/commune-portal/*.env),
 * as systemd's EnvironmentFile= does for these simple cases: comments, blank lines, values in
 * double or single quotes.
 */
import { readFile } from 'node:fs/promises';

export async function readEnvFile(file: string): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match?.[1]) throw new Error(`${file}:${index + 1}: not KEY=VALUE`);
    let value = match[2] ?? '';
    const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
    value = quoted ? (quoted[1] ?? '') : value;
    values[match[1]] = value;
  });
  return values;
}
