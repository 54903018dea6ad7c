import { allowedEmcScript, DEFAULT_EMC_HOSTS, hostAllowed, hostListProblem, parseHostList, siteLinkProblems } from '../site-links';

describe('allowedEmcScript', () => {
  it('allows https on an allowed host only', () => {
    expect(allowedEmcScript('https://emc.gov.vn/tracking/emc.js?site=123', DEFAULT_EMC_HOSTS)?.host).toBe('emc.gov.vn');
    expect(allowedEmcScript('https://cdn.emc.gov.vn/e.js', DEFAULT_EMC_HOSTS)?.host).toBe('cdn.emc.gov.vn');
    for (const bad of [
      'http://emc.gov.vn/e.js',
      'https://emc.gov.vn.evil.example/e.js',
      'https://evilemc.gov.vn/e.js',
      'https://user:pw@emc.gov.vn/e.js',
      'https://emc.gov.vn:8443/e.js',
      'javascript:alert(1)',
      '',
    ]) {
      expect({ bad, allowed: allowedEmcScript(bad, DEFAULT_EMC_HOSTS) }).toEqual({ bad, allowed: null });
    }
  });

  it('reads a province allow-list and refuses a pattern it cannot use', () => {
    expect(parseHostList(' emc.gov.vn, *.Tinnhiemmang.vn ')).toEqual(['emc.gov.vn', '*.tinnhiemmang.vn']);
    expect(hostAllowed('a.tinnhiemmang.vn', ['*.tinnhiemmang.vn'])).toBe(true);
    expect(hostListProblem('X', ['*'])).toBe('X has "*", which is neither a host name nor *.<domain>');
    expect(hostListProblem('X', ['emc.gov.vn'])).toBeNull();
  });
});

describe('siteLinkProblems', () => {
  it('accepts official channels and an enabled EMC with its script', () => {
    expect(
      siteLinkProblems(
        {
          zaloUrl: 'https://zalo.me/123',
          facebookUrl: 'https://www.facebook.com/ubndxa',
          youtubeUrl: '',
          emcEnabled: true,
          emcScriptUrl: 'https://emc.gov.vn/e.js',
        },
        DEFAULT_EMC_HOSTS,
      ),
    ).toEqual([]);
  });

  it('names each wrong address in Vietnamese', () => {
    const problems = siteLinkProblems(
      { facebookUrl: 'http://facebook.com/x', zaloUrl: 'https://zalo.me/', emcEnabled: true },
      DEFAULT_EMC_HOSTS,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['zaloUrl', 'facebookUrl', 'emcScriptUrl']);
    expect(problems[1]?.message).toBe(
      'Trang Facebook phải là địa chỉ bắt đầu bằng https:// trên facebook.com (ví dụ: https://www.facebook.com/…).',
    );
    expect(problems[2]?.message).toBe('Đã bật kết nối EMC thì phải nhập địa chỉ mã theo dõi EMC do Bộ cấp.');
  });
});
