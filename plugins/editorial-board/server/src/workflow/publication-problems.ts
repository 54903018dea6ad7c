/**
 * Strapi's publish validation speaks to developers ("cover.alt must be a `string` type, but the
 * final value was: `null`."). The board runs that same validation before an item reaches the
 * board and before the head approves it; this module turns each problem into a Vietnamese sentence
 * that names the field with the label the editor sees on the edit screen. Pure: the labels and
 * models come in through `LabelSource`.
 */

/** One problem as Strapi's validator reports it (a ValidationError's `details.errors`). */
export interface ValidationProblem {
  path: string[];
  message: string;
  value?: unknown;
}

export interface FieldAttribute {
  type: string;
  component?: string;
  repeatable?: boolean;
}

export interface FieldModel {
  attributes: Record<string, FieldAttribute>;
}

export interface LabelSource {
  model(uid: string): FieldModel | undefined;
  /** The field's label on the edit screen, when one is configured. */
  label(uid: string, field: string): string | undefined;
}

export type ProblemKind =
  | 'missing'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'too-few'
  | 'too-big'
  | 'too-small'
  | 'format'
  | 'choice'
  | 'unique'
  | 'relation'
  | 'other';

export interface Classified {
  kind: ProblemKind;
  limit?: number;
}

/** The picture-with-description component: its problems are said in terms of the photo. */
export const FIGURE_COMPONENT = 'media.figure';

const isEmpty = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** What kind of problem a yup message (Strapi's validators) describes. */
export function classify(message: string, value: unknown): Classified {
  const number = (pattern: RegExp): number | undefined => {
    const match = pattern.exec(message);
    return match?.[1] !== undefined ? Number(match[1]) : undefined;
  };
  if (/relation\(s\) of type|Invalid relations/.test(message)) return { kind: 'relation' };
  if (/must be unique|already taken/.test(message)) return { kind: 'unique' };
  if (/must be defined|is a required field|cannot be null|final value was: `(null|undefined)`/.test(message)) return { kind: 'missing' };
  let limit = number(/must be at most (\d+) characters/);
  if (limit !== undefined) return { kind: 'too-long', limit };
  limit = number(/must be at least (\d+) characters/);
  if (limit !== undefined) return { kind: isEmpty(value) ? 'missing' : 'too-short', limit };
  limit = number(/must have (?:at most|less than or equal to) (\d+) items?/);
  if (limit !== undefined) return { kind: 'too-many', limit };
  limit = number(/must have (?:at least|greater than or equal to) (\d+) items?/);
  if (limit !== undefined) return { kind: 'too-few', limit };
  limit = number(/must be less than or equal to (-?[\d.]+)/);
  if (limit !== undefined) return { kind: 'too-big', limit };
  limit = number(/must be greater than or equal to (-?[\d.]+)/);
  if (limit !== undefined) return { kind: 'too-small', limit };
  if (/must be one of the following values/.test(message)) return { kind: 'choice' };
  if (/must match the following|must be a valid/.test(message)) return { kind: 'format' };
  if (isEmpty(value)) return { kind: 'missing' };
  return { kind: 'other' };
}

/** A label as a sentence subject: the edit screen's hints in brackets ("(bắt buộc)") dropped. */
export function editorLabel(label: string): string {
  const trimmed = label.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  return trimmed === '' ? label.trim() : trimmed;
}

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Where a problem is: the labels from the item down to the field, and what the field is part of. */
interface Place {
  /** Labels of the components (and "ảnh thứ 2" for an item of a list) that contain the field. */
  trail: string[];
  /** The component the field belongs to (undefined at the item's top level or when unknown). */
  component: string | undefined;
  /** The field's own name and label (undefined for a problem of the whole item). */
  field: string | undefined;
  fieldLabel: string | undefined;
  /** Whether the innermost container is one element of a list (a gallery photo, a repeated row). */
  inList: boolean;
}

function locate(rootUid: string, path: readonly string[], source: LabelSource): Place {
  const place: Place = { trail: [], component: undefined, field: undefined, fieldLabel: undefined, inList: false };
  let uid: string | undefined = rootUid;
  let listOf: string | undefined;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    if (/^\d+$/.test(segment)) {
      place.trail.push(`${listOf === FIGURE_COMPONENT ? 'ảnh' : 'mục'} thứ ${Number(segment) + 1}`);
      place.inList = true;
      return;
    }
    const attribute = uid ? source.model(uid)?.attributes[segment] : undefined;
    const label = editorLabel((uid ? source.label(uid, segment) : undefined) ?? segment);
    if (last) {
      place.component = uid === rootUid ? undefined : uid;
      place.field = segment;
      place.fieldLabel = label;
      return;
    }
    place.trail.push(label);
    place.inList = false;
    uid = attribute?.type === 'component' ? attribute.component : undefined;
    listOf =
      attribute?.type === 'component' && attribute.repeatable
        ? attribute.component
        : attribute?.type === 'dynamiczone'
          ? undefined
          : listOf;
  });
  return place;
}

/** One problem as a Vietnamese sentence for the editor. */
export function explainProblem(rootUid: string, problem: ValidationProblem, source: LabelSource): string {
  const { kind, limit } = classify(problem.message, problem.value);
  if (kind === 'relation') return 'Một ảnh hoặc mục được liên kết trong nội dung không còn tồn tại: hãy chọn lại.';
  const place = locate(rootUid, problem.path, source);
  const container = place.trail.join(', ');

  // A photo block left empty, or a photo without its description for blind readers.
  if (place.component === FIGURE_COMPONENT && kind === 'missing' && container !== '') {
    const drop = place.inList ? 'bỏ ảnh này' : `bỏ ${lowerFirst(place.trail[place.trail.length - 1] ?? 'ảnh')}`;
    if (place.field === 'alt') return `${container}: hãy nhập mô tả ảnh (chữ thay thế) hoặc ${drop}.`;
    if (place.field === 'image') return `${container}: hãy chọn ảnh hoặc ${drop}.`;
  }

  const where = [...place.trail, ...(place.fieldLabel ? [place.fieldLabel] : [])].join(', ') || 'Nội dung';
  switch (kind) {
    case 'missing':
      return `${where}: chưa nhập, đây là thông tin bắt buộc.`;
    case 'too-long':
      return `${where}: dài quá, tối đa ${limit} ký tự.`;
    case 'too-short':
      return `${where}: ngắn quá, cần ít nhất ${limit} ký tự.`;
    case 'too-many':
      return `${where}: nhiều quá, tối đa ${limit} mục.`;
    case 'too-few':
      return `${where}: cần ít nhất ${limit} mục.`;
    case 'too-big':
      return `${where}: lớn quá, tối đa ${limit}.`;
    case 'too-small':
      return `${where}: nhỏ quá, tối thiểu ${limit}.`;
    case 'choice':
      return `${where}: hãy chọn một trong các giá trị có sẵn.`;
    case 'format':
      return `${where}: chưa đúng định dạng, hãy kiểm tra lại.`;
    case 'unique':
      return `${where}: giá trị này đã được dùng cho nội dung khác, hãy đổi.`;
    default:
      return `${where}: giá trị chưa hợp lệ, hãy kiểm tra lại.`;
  }
}

/** The whole refusal: one sentence per problem, each said once. */
export function explainProblems(rootUid: string, problems: readonly ValidationProblem[], source: LabelSource): string {
  const sentences = [...new Set(problems.map((problem) => explainProblem(rootUid, problem, source)))];
  const lead = 'Nội dung chưa đủ để đăng lên trang, hãy sửa rồi thử lại.';
  return sentences.length === 0 ? lead : `${lead} ${sentences.join(' ')}`;
}
