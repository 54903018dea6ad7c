/**
 * What a `npm test -- <jest arguments>` run covers, read from the arguments: the guide is built
 * after Jest only when every e2e walk ran, since its pictures are theirs (a run of one file or of
 * unit tests alone would report most pictures missing).
 */

/** Options whose value follows them as the next argument (only those `npm test` users pass). */
const TAKES_VALUE = new Set(['-t', '--testNamePattern', '--testPathPattern', '--testPathPatterns', '--shard']);

export function runsAllE2e(args: readonly string[]): boolean {
  let projects: string[] | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--selectProjects') {
      projects ??= [];
      while (index + 1 < args.length && !(args[index + 1] ?? '').startsWith('-')) projects.push(args[(index += 1)] ?? '');
    } else if (arg.startsWith('--selectProjects=')) {
      (projects ??= []).push(...arg.slice('--selectProjects='.length).split(','));
    } else if (TAKES_VALUE.has(arg) || /^(-t|--testNamePattern|--testPathPatterns?|--shard)=/.test(arg) || !arg.startsWith('-')) {
      // A name or path filter, or a part of the suite: not every walk ran.
      return false;
    }
  }
  return projects === null || projects.includes('e2e');
}
