import { runsAllE2e } from '../jest-selection';

describe('runsAllE2e', () => {
  it('is true for the whole suite and for the e2e project', () => {
    expect(runsAllE2e([])).toBe(true);
    expect(runsAllE2e(['--selectProjects', 'e2e'])).toBe(true);
    expect(runsAllE2e(['--selectProjects', 'unit', 'e2e', '--ci'])).toBe(true);
    expect(runsAllE2e(['--selectProjects=integration,e2e'])).toBe(true);
  });

  it('is false when e2e is left out or only part of it runs', () => {
    expect(runsAllE2e(['--selectProjects', 'unit'])).toBe(false);
    expect(runsAllE2e(['--selectProjects', 'unit', 'integration'])).toBe(false);
    expect(runsAllE2e(['tests/e2e/admin-settings.test.ts'])).toBe(false);
    expect(runsAllE2e(['-t', 'Hướng dẫn'])).toBe(false);
    expect(runsAllE2e(['--testNamePattern=guide'])).toBe(false);
  });
});
