/** What the benchmarks read from /proc: a process's CPU time and the memory of a process tree. */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK: 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Stat {
  ppid: number;
  cpuMs: number;
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields count from after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** User + system CPU time of one process so far, in ms (10 ms resolution). */
export function cpuMs(pid: number): number {
  return stat(pid)?.cpuMs ?? Number.NaN;
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** User + system CPU time of a process and every process below it so far, in ms. */
export function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + (stat(each)?.cpuMs ?? 0), 0);
}

/** `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const candidate of allPids()) {
    const parent = stat(candidate)?.ppid;
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), candidate]);
  }
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift() ?? 0;
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** Resident memory of one process, in KB (VmRSS). */
export function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Processes whose command line contains `text` (e.g. a PostgreSQL cluster directory). */
export function pidsWithCommandLine(text: string): number[] {
  return allPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

/** The sum of VmRSS over a process tree, in MB. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + rssKb(each), 0) / 1024;
}
