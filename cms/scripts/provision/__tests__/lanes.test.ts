import type { CommuneSpec } from '../spec';
import { groupBySharedEmails, inLanes, provisionLanes } from '../lanes';

const spec = (code: string, emails: CommuneSpec['emails'] = {}): CommuneSpec => ({
  line: null,
  name: `Xã ${code}`,
  shortName: code,
  slug: code,
  code,
  province: 'Lạng Sơn',
  primaryDomain: `${code}.example.vn`,
  domainAliases: [],
  emails,
});

describe('provisioning lanes', () => {
  it('keeps rows that share an e-mail address, directly or through another row, in one group in file order', () => {
    const rows = [
      spec('1', { head: 'a@x.vn' }),
      spec('2', { admin: 'b@x.vn' }),
      spec('3', { deputy: 'c@x.vn', member: 'a@x.vn' }),
      spec('4', { head: 'c@x.vn' }),
      spec('5'),
    ];
    const groups = groupBySharedEmails(rows).map((group) => group.map((row) => row.code));
    expect(groups).toEqual([['1', '3', '4'], ['2'], ['5']]);
  });

  it("links a row whose given address is another row's default address", () => {
    const rows = [spec('1'), spec('2', { head: 'truongban.1@1.example.vn' })];
    expect(groupBySharedEmails(rows)).toHaveLength(1);
  });

  it('never runs two rows of one group at the same time, and runs different groups side by side', async () => {
    const rows = [spec('1', { head: 'a@x.vn' }), spec('2'), spec('3', { head: 'a@x.vn' }), spec('4')];
    const running = new Set<string>();
    let most = 0;
    const order: string[] = [];
    await inLanes(rows, 3, async (row) => {
      running.add(row.code);
      most = Math.max(most, running.size);
      expect(running.has('1') && running.has('3')).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(row.code);
      running.delete(row.code);
    });
    expect(most).toBeGreaterThan(1);
    expect(order.indexOf('1')).toBeLessThan(order.indexOf('3'));
    expect(order.sort()).toEqual(['1', '2', '3', '4']);
  });

  it('reads PROVISION_CONCURRENCY, falling back to 4 for anything unusable', () => {
    expect(provisionLanes({})).toBe(4);
    expect(provisionLanes({ PROVISION_CONCURRENCY: '1' })).toBe(1);
    expect(provisionLanes({ PROVISION_CONCURRENCY: 'many' })).toBe(4);
    expect(provisionLanes({ PROVISION_CONCURRENCY: '0' })).toBe(4);
  });
});
