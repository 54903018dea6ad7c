/**
 * CPU time and memory of a process and everything in its process group, read from /proc (Linux).
 * Services started by scripts/lib/processes.ts lead their own group, so the group of a service's
 * pid is the service with whatever it spawned.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;
const PAGE_KB = 4;

interface ProcStat {
  pgrp: number;
  cpuTicks: number;
  rssKb: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: split after its closing parenthesis.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15, rss 24.
    return { pgrp: Number(fields[2]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssKb: Number(fields[21]) * PAGE_KB };
  } catch {
    return null; // gone between the listing and the read
  }
}

function groupStats(groupId: number): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.pgrp === groupId) stats.push(stat);
  }
  return stats;
}

/** CPU milliseconds used so far by the process group (user + system). */
export function groupCpuMs(groupId: number): number {
  return (groupStats(groupId).reduce((sum, stat) => sum + stat.cpuTicks, 0) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of the process group, in MB. */
export function groupRssMb(groupId: number): number {
  return groupStats(groupId).reduce((sum, stat) => sum + stat.rssKb, 0) / 1024;
}
