import type { Official } from '#shared/types/intro';
import { organisationChart, placeOfUnit } from '../organisation-chart';

let next = 0;
function official(fullName: string, unit: string | null, slug: string | null = null): Official {
  next += 1;
  return {
    documentId: `doc${next}`,
    fullName,
    position: 'Chức vụ',
    positionEn: null,
    unit,
    phone: null,
    phoneHref: null,
    email: null,
    photo: null,
    termStart: null,
    termEnd: null,
    path: slug ? `/gioi-thieu/lanh-dao/${slug}` : null,
    updatedAt: null,
  };
}

describe('placeOfUnit', () => {
  it.each([
    ['Đảng ủy xã Khánh Khê', 'party', null],
    ['Hội đồng nhân dân xã Sơn Giang', 'council', null],
    ['HĐND xã', 'council', null],
    ['Ủy ban nhân dân xã Quốc Tuấn', 'committee', null],
    ['Văn phòng HĐND và UBND xã', 'committee', 'specialised'],
    ['Phòng Kinh tế', 'committee', 'specialised'],
    ['Trung tâm Phục vụ hành chính công xã Quốc Tuấn', 'committee', 'specialised'],
    ['Ủy ban MTTQ Việt Nam xã Khánh Khê', 'front', null],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Sơn Giang', 'front', null],
    ['Hội Liên hiệp Phụ nữ xã', 'front', 'mass'],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'front', 'mass'],
    ['Hội Cựu chiến binh xã', 'front', 'mass'],
    ['Ban Chỉ huy Quân sự xã', 'forces', null],
    ['Công an xã Sơn Giang', 'forces', null],
    ['Hợp tác xã Nông nghiệp', 'other', null],
  ])('%s → %s', (name, branch, sub) => {
    expect(placeOfUnit(name)).toEqual({ branch, sub });
  });
});

describe('organisationChart', () => {
  it('always draws the four bodies, with the data’s names, and hangs sub-units under them', () => {
    const officials = [
      official('Hoàng Văn Thắng', 'Đảng ủy xã Khánh Khê', 'hoang-van-thang'),
      official('Nông Văn Hải', 'Ủy ban nhân dân xã Khánh Khê', 'nong-van-hai'),
      official('Hoàng Thị Mai', 'Ủy ban nhân dân xã  Khánh Khê'),
      official('Đinh Văn Tùng', 'Văn phòng HĐND và UBND xã'),
      official('Triệu Văn Nam', 'Phòng Kinh tế'),
      official('Chu Thị Hoa', 'Ủy ban MTTQ Việt Nam xã Khánh Khê'),
      official('Lăng Văn Bình', 'Ban Chỉ huy Quân sự xã'),
      official('Không đơn vị', null),
    ];
    const chart = organisationChart(officials);
    expect(chart.map((branch) => branch.kind)).toEqual(['party', 'council', 'committee', 'front', 'forces']);
    const [party, council, committee, front, forces] = chart;
    expect(party?.units.map((unit) => [unit.name, unit.leaders.map((leader) => leader.fullName)])).toEqual([
      ['Đảng ủy xã Khánh Khê', ['Hoàng Văn Thắng']],
    ]);
    // No council leader in the data: the body is still drawn, under its default name, empty.
    expect(council?.units).toEqual([{ name: 'Hội đồng nhân dân xã', leaders: [], children: [] }]);
    // One unit despite the double space; specialised units in the editors' order beneath it.
    expect(committee?.units).toHaveLength(1);
    expect(committee?.units[0]?.leaders.map((leader) => leader.fullName)).toEqual(['Nông Văn Hải', 'Hoàng Thị Mai']);
    expect(committee?.units[0]?.children.map((unit) => unit.name)).toEqual(['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế']);
    expect(front?.units[0]?.name).toBe('Ủy ban MTTQ Việt Nam xã Khánh Khê');
    expect(forces?.units.map((unit) => unit.name)).toEqual(['Ban Chỉ huy Quân sự xã']);
    // Officials without a unit are not drawn (the leaders page lists them).
    expect(JSON.stringify(chart)).not.toContain('Không đơn vị');
  });

  it('puts mass organisations under the Front, even when the Front has no leader in the data', () => {
    const chart = organisationChart([official('Lê Thị Hoa', 'Hội Liên hiệp Phụ nữ xã'), official('Trần Văn An', 'Đoàn Thanh niên xã')]);
    const front = chart.find((branch) => branch.kind === 'front');
    expect(front?.units[0]?.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam xã');
    expect(front?.units[0]?.children.map((unit) => unit.name)).toEqual(['Hội Liên hiệp Phụ nữ xã', 'Đoàn Thanh niên xã']);
  });
});
