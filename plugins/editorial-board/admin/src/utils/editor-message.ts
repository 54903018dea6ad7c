/**
 * Whether a server message is fit to show an editor. The board's own refusals are Vietnamese;
 * anything else that reaches the panel (Strapi's "Internal Server Error", a validator's
 * "cover.alt must be a `string` type…") is a developer's message, replaced by a Vietnamese one.
 */

/** Letters that only Vietnamese text has (vowels with their marks, and đ), in both cases. */
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** Marks of a message written for developers, even when it quotes Vietnamese content. */
const DEVELOPER_MARKS = /must be|`|\bundefined\b|\bnull\b|Internal Server Error/u;

export function isEditorMessage(message: string): boolean {
  return VIETNAMESE_LETTERS.test(message) && !DEVELOPER_MARKS.test(message);
}

/** The message for the editor: the server's when it is written for them, the fallback otherwise. */
export function editorMessage(message: unknown, fallback: string): string {
  return typeof message === 'string' && message.trim() !== '' && isEditorMessage(message) ? message : fallback;
}
