/**
 * No reader's browser may contact a third party: a picture inside rich text (the blocks editor's
 * image node, or an image in a markdown field) must be one of the commune's own uploads, served by
 * its own site. A save with any other picture address — a tracking pixel, a hot-linked photo,
 * another commune's file — is refused with a Vietnamese message and writes nothing.
 *
 * A document service middleware, like document-validation.ts: it sees every write path (admin
 * panel, REST API, scripts). The admin's blocks editor writes `<admin origin>/uploads/<name>`;
 * such an address of an accepted file is stored as `/uploads/<name>`, which the site serves on the
 * commune's own domain (and a forged host in front of a real file name is dropped, not kept). It judges the values being written; every rich-text field of every
 * content type is found from the schemas (also inside components and dynamic zones), so a new
 * field is covered without a change here.
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMUNE_UID, type RelationRef } from '@commune/commune-tenancy/shared';
import { blockImages, markdownImageUrls } from '../domain/rich-text-images';
import { findUploadOwner, ownerAllows } from './upload-owner';
import { loadWriteContext } from './write-context';

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
}

interface Schema {
  attributes: Record<string, Attribute>;
}

interface FoundImage {
  field: string;
  url: string;
  /** Stores the canonical address; absent for markdown, whose text must already hold it. */
  setUrl?: (url: string) => void;
}

const RICH_TEXT_TYPES = new Set(['blocks', 'richtext']);

function schemaOf(strapi: Core.Strapi, uid: string): Schema | undefined {
  return (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] ?? strapi.components[uid as keyof typeof strapi.components]) as
    | Schema
    | undefined;
}

/** Whether a schema holds rich text, directly or in its components (memoised per uid). */
function holdsRichText(strapi: Core.Strapi, uid: string, memo: Map<string, boolean>, seen = new Set<string>()): boolean {
  const known = memo.get(uid);
  if (known !== undefined) return known;
  if (seen.has(uid)) return false;
  seen.add(uid);
  const attributes = Object.values(schemaOf(strapi, uid)?.attributes ?? {});
  const result = attributes.some(
    (attribute) =>
      RICH_TEXT_TYPES.has(attribute.type) ||
      (attribute.type === 'component' && attribute.component !== undefined && holdsRichText(strapi, attribute.component, memo, seen)) ||
      (attribute.type === 'dynamiczone' && (attribute.components ?? []).some((component) => holdsRichText(strapi, component, memo, seen))),
  );
  memo.set(uid, result);
  return result;
}

function collectImages(strapi: Core.Strapi, schema: Schema, data: Record<string, unknown>, path: string, into: FoundImage[]): FoundImage[] {
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    const field = path ? `${path}.${name}` : name;
    if (attribute.type === 'blocks') {
      for (const image of blockImages(value)) into.push({ field, url: image.url, setUrl: image.setUrl });
    } else if (attribute.type === 'richtext' && typeof value === 'string') {
      for (const url of markdownImageUrls(value)) into.push({ field, url });
    } else if (attribute.type === 'component' || attribute.type === 'dynamiczone') {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'object' || item === null) continue;
        const record = item as Record<string, unknown>;
        const componentUid =
          attribute.type === 'component' ? attribute.component : typeof record.__component === 'string' ? record.__component : undefined;
        const component = componentUid ? schemaOf(strapi, componentUid) : undefined;
        if (component) collectImages(strapi, component, record, field, into);
      }
    }
  }
  return into;
}

async function communeIdOf(strapi: Core.Strapi, ref: RelationRef | null): Promise<number | null> {
  if (!ref) return null;
  const where = 'documentId' in ref ? { documentId: ref.documentId } : { id: ref.id };
  const row = (await strapi.db.query(COMMUNE_UID).findOne({ where, select: ['id'] })) as { id: number } | null;
  return row?.id ?? null;
}

const shown = (url: string): string => (url.length > 120 ? `${url.slice(0, 117)}…` : url || '(không có địa chỉ)');

export function registerRichTextImages(strapi: Core.Strapi): void {
  const memo = new Map<string, boolean>();
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !holdsRichText(strapi, context.uid, memo)) return next();
    const write = await loadWriteContext(strapi, context);
    if (!write) return next();
    const schema = schemaOf(strapi, context.uid as UID.ContentType);
    const images = schema ? collectImages(strapi, schema, write.params.data, '', []) : [];
    if (images.length === 0) return next();

    const communeId = await communeIdOf(strapi, write.commune);
    for (const image of images) {
      const owner = await findUploadOwner(strapi, image.url);
      if (owner && ownerAllows(owner, communeId) && (image.setUrl || owner.url === image.url)) {
        // `<admin origin>/uploads/x.jpg` is stored as `/uploads/x.jpg`: each site serves it on its own domain.
        if (owner.url !== image.url) image.setUrl?.(owner.url);
        continue;
      }
      throw new errors.ValidationError(
        `Ảnh “${shown(image.url)}” trong nội dung không phải là ảnh trong thư viện tệp của xã, phường: người đọc sẽ phải tải ảnh đó từ nơi khác. Hãy tải ảnh lên thư viện tệp rồi chèn lại từ thư viện.`,
        { errors: [{ path: image.field.split('.'), message: 'Ảnh không thuộc thư viện tệp của xã, phường', name: 'ValidationError' }] },
      );
    }
    return next();
  };
  strapi.documents.use(middleware);
}
