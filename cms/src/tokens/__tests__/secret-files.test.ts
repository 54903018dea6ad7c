import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stageEnvFile, stageTokenFile } from '../secret-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'secret-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (file: string): Promise<number> => (await stat(file)).mode & 0o777;

describe('token file', () => {
  it('is replaced whole on commit, mode 0600 even when the old file was readable by others', async () => {
    const file = path.join(dir, 'public-site-token');
    await writeFile(file, 'old\n', { mode: 0o644 });
    const staged = await stageTokenFile(file, 'new-secret');
    expect(await readFile(file, 'utf8')).toBe('old\n');
    await staged.commit();
    expect(await readFile(file, 'utf8')).toBe('new-secret\n');
    expect(await modeOf(file)).toBe(0o600);
    expect(await readdir(dir)).toEqual(['public-site-token']);
  });

  it('is left as it was when the rotation fails', async () => {
    const file = path.join(dir, 'public-site-token');
    await writeFile(file, 'old\n');
    await (await stageTokenFile(file, 'new-secret')).discard();
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['public-site-token']);
  });
});

describe('env file', () => {
  it('replaces the NUXT_STRAPI_TOKEN line and keeps every other line', async () => {
    const file = path.join(dir, 'site.env');
    await writeFile(file, 'NUXT_STRAPI_URL=http://cms:1337\nexport NUXT_STRAPI_TOKEN=old\n# comment\n', { mode: 0o640 });
    await (await stageEnvFile(file, 'new-secret')).commit();
    expect(await readFile(file, 'utf8')).toBe('NUXT_STRAPI_URL=http://cms:1337\nNUXT_STRAPI_TOKEN=new-secret\n# comment\n');
    expect(await modeOf(file)).toBe(0o600);
  });

  it('adds the line to a file without it, or creates the file', async () => {
    const existing = path.join(dir, 'site.env');
    await writeFile(existing, 'NUXT_STRAPI_URL=http://cms:1337');
    await (await stageEnvFile(existing, 's1')).commit();
    expect(await readFile(existing, 'utf8')).toBe('NUXT_STRAPI_URL=http://cms:1337\nNUXT_STRAPI_TOKEN=s1\n');
    const created = path.join(dir, 'new.env');
    await (await stageEnvFile(created, 's2')).commit();
    expect(await readFile(created, 'utf8')).toBe('NUXT_STRAPI_TOKEN=s2\n');
    expect(await modeOf(created)).toBe(0o600);
  });
});
