/**
 * Provisioning many communes at once. Each commune is its own transaction, so several can be
 * written side by side: on two cores, Node works on one commune while PostgreSQL commits another.
 * Rows that name the same e-mail address (one person heading two communes) share an account, and
 * two transactions must not both create it: such rows are chained into one group, written in
 * file order, while different groups run in parallel.
 */
import { accountsFor, type CommuneSpec } from './spec';

/** The specs in groups: rows linked by a shared e-mail address (directly or through others) are one group. */
export function groupBySharedEmails(specs: CommuneSpec[]): CommuneSpec[][] {
  const parent = specs.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] ?? current;
    return current;
  };
  const firstWithEmail = new Map<string, number>();
  specs.forEach((spec, index) => {
    // Every account the row makes, the default addresses too: a given address may be another row's default.
    for (const { email } of accountsFor(spec.emails, spec.slug, spec.primaryDomain)) {
      const earlier = firstWithEmail.get(email);
      if (earlier === undefined) firstWithEmail.set(email, index);
      else parent[root(index)] = root(earlier);
    }
  });
  const groups = new Map<number, CommuneSpec[]>();
  specs.forEach((spec, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  });
  return [...groups.values()];
}

/** Runs `work` on every spec, at most `lanes` at a time, each group's specs one after another in order. */
export async function inLanes(specs: CommuneSpec[], lanes: number, work: (spec: CommuneSpec) => Promise<void>): Promise<void> {
  if (lanes <= 1) {
    for (const spec of specs) await work(spec); // in file order
    return;
  }
  const groups = groupBySharedEmails(specs);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let group = groups[next++]; group; group = groups[next++]) {
      for (const spec of group) await work(spec);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, groups.length)) }, lane));
}

/** PROVISION_CONCURRENCY, 4 by default: more than two cores' worth hides the commits' waits. */
export function provisionLanes(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.PROVISION_CONCURRENCY ?? 4);
  return Number.isInteger(wanted) && wanted >= 1 && wanted <= 32 ? wanted : 4;
}
