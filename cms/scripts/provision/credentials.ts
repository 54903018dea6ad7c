/**
 * The invitation links of the accounts a run creates go to one CSV file that only the operator
 * can read (directory 0700, file 0600), never to the terminal. The file is created at the first
 * link and appended to after each commune's transaction commits, so a run that stops half-way
 * still leaves the links of every account that exists.
 */
import { chmod, mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface Invitation {
  communeName: string;
  communeCode: string;
  roles: string;
  email: string;
  link: string;
}

const HEADER = ['xa_phuong', 'ma', 'vai_tro', 'email', 'lien_ket_kich_hoat'];

export function csvField(value: string): string {
  return /[",\r\n;]/.test(value) || value.trim() !== value ? `"${value.replace(/"/g, '""')}"` : value;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** 20260315-091502: the machine's local time, to the second. */
export function stamp(now: Date): string {
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

export class CredentialsFile {
  private handle: FileHandle | null = null;
  private filePath: string | null = null;
  private writing: Promise<void> = Promise.resolve();
  count = 0;

  constructor(
    private readonly dir: string,
    private readonly command: string,
    private readonly now: Date = new Date(),
  ) {}

  get path(): string | null {
    return this.filePath;
  }

  private async openFile(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700);
    const base = `${stamp(this.now)}-${this.command}`;
    for (let attempt = 1; ; attempt += 1) {
      const candidate = path.join(this.dir, attempt === 1 ? `${base}.csv` : `${base}-${attempt}.csv`);
      try {
        // 'wx': never overwrite the links of an earlier run.
        this.handle = await open(candidate, 'wx', 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) continue;
        throw error;
      }
      await this.handle.chmod(0o600); // whatever the umask
      this.filePath = candidate;
      // A byte-order mark, so that spreadsheet programs show the Vietnamese letters.
      await this.handle.write(`\ufeff${HEADER.join(',')}\n`);
      return this.handle;
    }
  }

  /** Appends one commune's links; communes provisioned side by side write one after another. */
  append(invitations: Invitation[]): Promise<void> {
    if (invitations.length === 0) return this.writing;
    this.writing = this.writing.then(() => this.write(invitations));
    return this.writing;
  }

  private async write(invitations: Invitation[]): Promise<void> {
    const handle = await this.openFile();
    const lines = invitations
      .map((item) => [item.communeName, item.communeCode, item.roles, item.email, item.link].map(csvField).join(','))
      .join('\n');
    await handle.write(`${lines}\n`);
    await handle.sync();
    this.count += invitations.length;
  }

  async close(): Promise<void> {
    await this.writing.catch(() => {}); // a failed write was reported to its caller
    await this.handle?.close();
    this.handle = null;
  }
}
