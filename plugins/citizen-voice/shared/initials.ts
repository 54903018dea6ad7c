/**
 * A citizen's name as the public site may show it: initials only ("Nguyễn Văn An" → "N.V.A.").
 * Letters keep their diacritics and case is upper; anything that is not a letter is dropped.
 */
export function initialsOf(fullName: string): string {
  const letters = fullName
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => [...word].find((char) => /\p{L}/u.test(char)))
    .filter((char): char is string => char !== undefined)
    .map((char) => char.toLocaleUpperCase('vi'));
  return letters.length === 0 ? 'Ẩn danh' : `${letters.join('.')}.`;
}

/**
 * Phone numbers and e-mail addresses inside a text a citizen wrote, masked before the text is
 * copied into a public answer's draft (the board still reviews the text before it is published).
 */
export function maskContactData(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[địa chỉ thư điện tử đã ẩn]')
    .replace(/(?:\+?84|0)(?:[\s.-]?\d){8,10}/g, '[số điện thoại đã ẩn]');
}
