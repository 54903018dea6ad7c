import { versionsEtag } from '../versions';

describe('versionsEtag', () => {
  const khanhKhe = { slug: 'khanh-khe', version: 5 };
  const rows = [khanhKhe, { slug: 'quoc-tuan', version: 7 }];

  it('is the same for the same communes and versions, in any order', () => {
    expect(versionsEtag([...rows].reverse())).toBe(versionsEtag(rows));
    expect(versionsEtag(rows)).toMatch(/^W\/"[A-Za-z0-9_-]{22}-2"$/);
  });

  it('changes when a version grows', () => {
    expect(versionsEtag([khanhKhe, { slug: 'quoc-tuan', version: 8 }])).not.toBe(versionsEtag(rows));
  });

  it('changes when one commune goes offline and another with the same version comes online', () => {
    // A sum of versions and a count of communes would both stay the same here.
    expect(versionsEtag([khanhKhe, { slug: 'son-giang', version: 7 }])).not.toBe(versionsEtag(rows));
  });

  it('changes when versions move between communes with the same sum', () => {
    expect(
      versionsEtag([
        { slug: 'khanh-khe', version: 6 },
        { slug: 'quoc-tuan', version: 6 },
      ]),
    ).not.toBe(versionsEtag(rows));
  });
});
