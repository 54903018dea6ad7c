/**
 * Vietnamese names read family name, middle names, given name: "Hoàng Văn Cường". Strapi keeps
 * them as `lastname` ("Hoàng Văn") and `firstname` ("Cường") and shows `firstname lastname`
 * ("Cường Hoàng Văn") wherever it names a person, unless the account has a `username`.
 */
export function vietnameseFullName(person: { firstname?: string | null; lastname?: string | null }): string | null {
  const name = [person.lastname, person.firstname]
    .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
  return name === '' ? null : name;
}
