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

describe('prefixForCommune', () => {
  it('names a stored file after its commune once, for local disk and S3 alike', async () => {
    const { prefixForCommune } = await import('../storage-prefix');
    const file = { hash: 'thumbnail_anh_hoi_nghi_3f2a' };
    prefixForCommune(file, 'khanh-khe');
    expect(file).toEqual({ hash: 'khanh-khe_thumbnail_anh_hoi_nghi_3f2a', path: 'khanh-khe' });
    prefixForCommune(file, 'khanh-khe');
    expect(file.hash).toBe('khanh-khe_thumbnail_anh_hoi_nghi_3f2a');
  });
});
