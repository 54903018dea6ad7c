import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { openSealed, readBackupKey, sealingStream } from '../encryption';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backup-seal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seal(content: Buffer, key: Buffer, name: string): Promise<string> {
  const file = path.join(dir, `${name.replace(/\//g, '_')}-${randomBytes(3).toString('hex')}`);
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from([content.subarray(0, 7), content.subarray(7)]).pipe(sealingStream(key, name)))
    chunks.push(chunk as Buffer);
  await writeFile(file, Buffer.concat(chunks));
  return file;
}

async function open(file: string, key: Buffer, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openSealed(file, key, name)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('backup encryption (AES-256-GCM, streaming)', () => {
  const key = randomBytes(32);
  const content = Buffer.from('Biên bản họp Ban biên tập xã Khánh Khê — '.repeat(2000));

  it('round-trips a file, and an empty one', async () => {
    expect((await open(await seal(content, key, 'uploads/a.pdf'), key, 'uploads/a.pdf')).equals(content)).toBe(true);
    expect((await open(await seal(Buffer.alloc(0), key, 'empty'), key, 'empty')).length).toBe(0);
  });

  it('fails on a wrong key, a changed byte, a truncated file, or a file moved to another name', async () => {
    const file = await seal(content, key, 'database.dump.enc');
    const failure = 'decryption failed (wrong key, or the file was changed or truncated)';
    await expect(open(file, randomBytes(32), 'database.dump.enc')).rejects.toThrow(failure);
    await expect(open(file, key, 'uploads/other.enc')).rejects.toThrow(failure);
    const bytes = await readFile(file);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await writeFile(file, bytes);
    await expect(open(file, key, 'database.dump.enc')).rejects.toThrow(failure);
    await writeFile(file, (await readFile(await seal(content, key, 'database.dump.enc'))).subarray(0, 5000));
    await expect(open(file, key, 'database.dump.enc')).rejects.toThrow(failure);
  });

  it('reads a 32-byte key as base64 or hex and refuses anything else', async () => {
    const keyFile = path.join(dir, 'key');
    await writeFile(keyFile, `${key.toString('base64')}\n`);
    expect((await readBackupKey(keyFile)).equals(key)).toBe(true);
    await writeFile(keyFile, key.toString('hex'));
    expect((await readBackupKey(keyFile)).equals(key)).toBe(true);
    await writeFile(keyFile, 'hunter2');
    await expect(readBackupKey(keyFile)).rejects.toThrow(/must hold 32 random bytes/);
  });
});
