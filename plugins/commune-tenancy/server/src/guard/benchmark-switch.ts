/**
 * The tenancy benchmark compares the same requests with and without the guard. This switch turns
 * the guard's middlewares off for that comparison only: it is refused in production and logged as
 * an error, so it cannot silently weaken a real installation.
 */
export const BENCHMARK_SWITCH = 'COMMUNE_TENANCY_OFF_FOR_BENCHMARK';

export function tenancyOffForBenchmark(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env[BENCHMARK_SWITCH] !== 'yes') return false;
  if (env.NODE_ENV === 'production') throw new Error(`${BENCHMARK_SWITCH} is refused in production`);
  return true;
}
