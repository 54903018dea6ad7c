import { BENCHMARK_SWITCH, tenancyOffForBenchmark } from '../benchmark-switch';

describe('the benchmark-only switch that turns the tenancy guard off', () => {
  it('is off unless asked for with exactly "yes"', () => {
    expect(tenancyOffForBenchmark({})).toBe(false);
    expect(tenancyOffForBenchmark({ [BENCHMARK_SWITCH]: 'true' })).toBe(false);
    expect(tenancyOffForBenchmark({ [BENCHMARK_SWITCH]: 'yes', NODE_ENV: 'development' })).toBe(true);
  });

  it('is refused in production', () => {
    expect(() => tenancyOffForBenchmark({ [BENCHMARK_SWITCH]: 'yes', NODE_ENV: 'production' })).toThrow('refused in production');
  });
});
