/** The commune's name inside Vietnamese sentences and titles. */

const LOCAL_UNIT = /^(xã|phường|thị trấn|đặc khu)(?=\s)/iu;

/** `Xã Khánh Khê` → `xã Khánh Khê`: the unit is written lower-case inside a sentence ("Lãnh đạo xã Khánh Khê"). */
export function communeInSentence(name: string): string {
  return name.trim().replace(LOCAL_UNIT, (unit) => unit.toLocaleLowerCase('vi'));
}
