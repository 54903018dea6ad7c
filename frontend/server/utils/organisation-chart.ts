/**
 * The organisation chart (Law 104/2016 Art. 19(1)(đ)) drawn from the leaders' data: each leader's
 * unit, as the editors typed it, is placed in the body of the commune's political system it
 * belongs to. The bodies every commune has since 1 July 2025 (Party committee, People's Council,
 * People's Committee, Fatherland Front) are always drawn, with their leaders when the data has
 * them; specialised units hang under the People's Committee, mass organisations under the Front.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { OrganBranchKind, Official, OrgBranch, OrgUnit } from '#shared/types/intro';

/** Where a unit belongs, by its name; specialised units and mass organisations are sub-units. */
export type UnitPlace = { branch: OrganBranchKind; sub: 'specialised' | 'mass' | null };

/** Lower case, NFC, single spaces, "HĐND"/"UBND"/"MTTQ" spelt out: how units are compared. */
export function unitKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bhđnd\b/gu, 'hội đồng nhân dân')
    .replace(/\bubnd\b/gu, 'ủy ban nhân dân')
    .replace(/\bmttq\b/gu, 'mặt trận tổ quốc');
}

const MASS_ORGANISATIONS =
  /hội liên hiệp phụ nữ|phụ nữ|đoàn thanh niên|hội nông dân|cựu chiến binh|công đoàn|hội người cao tuổi|chữ thập đỏ/u;
const SPECIALISED = /^(văn phòng|phòng|trung tâm|ban quản lý|trạm|bộ phận)\b/u;

/**
 * The body a unit belongs to. Order matters: "Văn phòng HĐND và UBND" is a specialised unit of the
 * People's Committee, not the Council; "Đảng ủy" before "Ủy ban"; police and military last.
 */
export function placeOfUnit(name: string): UnitPlace {
  const key = unitKey(name);
  if (/quân sự|công an/u.test(key)) return { branch: 'forces', sub: null };
  if (SPECIALISED.test(key)) return { branch: 'committee', sub: 'specialised' };
  if (/^đảng ủy|^đảng bộ|^chi bộ/u.test(key)) return { branch: 'party', sub: null };
  if (/mặt trận tổ quốc/u.test(key)) return { branch: 'front', sub: null };
  if (MASS_ORGANISATIONS.test(key)) return { branch: 'front', sub: 'mass' };
  if (/hội đồng nhân dân/u.test(key)) return { branch: 'council', sub: null };
  if (/ủy ban nhân dân/u.test(key)) return { branch: 'committee', sub: null };
  return { branch: 'other', sub: null };
}

/** The chart's bodies, in the order of the political system, with what each does and its default name. */
export const BRANCHES: ReadonlyArray<{ kind: OrganBranchKind; name: string; role: string; always: boolean }> = [
  { kind: 'party', name: 'Đảng ủy xã', role: 'Lãnh đạo toàn diện hệ thống chính trị của xã.', always: true },
  { kind: 'council', name: 'Hội đồng nhân dân xã', role: 'Cơ quan quyền lực nhà nước ở xã, do Nhân dân bầu ra.', always: true },
  {
    kind: 'committee',
    name: 'Ủy ban nhân dân xã',
    role: 'Cơ quan hành chính nhà nước ở xã; các phòng chuyên môn, Văn phòng và Trung tâm Phục vụ hành chính công giúp việc.',
    always: true,
  },
  {
    kind: 'front',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
    role: 'Đại diện, bảo vệ quyền lợi của Nhân dân; các tổ chức chính trị – xã hội hoạt động trong Mặt trận.',
    always: true,
  },
  {
    kind: 'forces',
    name: 'Lực lượng vũ trang',
    role: 'Ban Chỉ huy Quân sự xã và Công an xã giữ gìn quốc phòng, an ninh, trật tự.',
    always: false,
  },
  { kind: 'other', name: 'Đơn vị khác', role: 'Các đơn vị khác của xã.', always: false },
];

/** Units in the order of their first leader (the editors' order), leaders in theirs. */
function unitsOf(officials: readonly Official[]): Map<string, OrgUnit> {
  const units = new Map<string, OrgUnit>();
  for (const official of officials) {
    if (!official.unit) continue;
    const key = unitKey(official.unit);
    const unit = units.get(key);
    if (unit) unit.leaders.push(official);
    else units.set(key, { name: official.unit.replace(/\s+/g, ' ').trim(), leaders: [official], children: [] });
  }
  return units;
}

/**
 * The chart: the four bodies every commune has (named by the data when it has them), specialised
 * units under the People's Committee, mass organisations under the Front, then police and military
 * and anything else. Officials without a unit are left out: the leaders page lists them.
 */
export function organisationChart(officials: readonly Official[]): OrgBranch[] {
  const placed = new Map<OrganBranchKind, { heads: OrgUnit[]; subs: OrgUnit[] }>();
  for (const unit of unitsOf(officials).values()) {
    const place = placeOfUnit(unit.name);
    const branch = placed.get(place.branch) ?? { heads: [], subs: [] };
    (place.sub ? branch.subs : branch.heads).push(unit);
    placed.set(place.branch, branch);
  }
  const branches: OrgBranch[] = [];
  for (const definition of BRANCHES) {
    const found = placed.get(definition.kind);
    if (!found && !definition.always) continue;
    const heads = found?.heads.length ? found.heads : [{ name: definition.name, leaders: [], children: [] }];
    // Sub-units hang under the body's first unit: the People's Committee, the Front's committee.
    const [first, ...rest] = heads;
    const units = first ? [{ ...first, children: [...first.children, ...(found?.subs ?? [])] }, ...rest] : [];
    branches.push({ kind: definition.kind, role: definition.role, units });
  }
  return branches;
}
