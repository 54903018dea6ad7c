/**
 * The article's cover photo in one step. Strapi renders a `media.figure` component as a nested
 * form: "add an entry", then the media field, then the library dialog, its upload step, the
 * selection, "finish", and only then the description — seven actions for one photo. Here the
 * edit view's layout is changed so that the cover field is drawn by our own input (a custom field
 * in the admin only: the data model stays a `media.figure` component, validated as before).
 */
import type { EditFieldLayout } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { drawFieldsWith } from '../edit-layout';

/** Registered without a plugin id, so the admin names it `global::cover-photo`. */
const NAME = 'cover-photo';
export const COVER_PHOTO_FIELD = `global::${NAME}`;
/** The component Strapi would draw as a nested form; a single one is drawn by our input. */
const FIGURE = 'media.figure';

export function registerCoverPhotoField(app: StrapiApp): void {
  app.customFields.register({
    name: NAME,
    // The custom-field registry wants a scalar type; it is never stored as one (see above).
    type: 'json',
    intlLabel: { id: 'commune.cover-photo.label', defaultMessage: 'Ảnh đại diện' },
    intlDescription: { id: 'commune.cover-photo.description', defaultMessage: 'Chọn ảnh và ghi mô tả ảnh ngay tại chỗ' },
    components: { Input: () => import('./CoverPhotoInput') },
  });
}

/** Strapi's nested form for one figure (the gallery, a list of figures, keeps it). */
const isSingleFigure = (field: EditFieldLayout): boolean =>
  field.type === 'component' && field.attribute.component === FIGURE && field.attribute.repeatable !== true;

/** The `Admin/CM/pages/EditView/mutate-edit-view-layout` hook: every single figure gets our input. */
export const withCoverPhotoInput = drawFieldsWith(COVER_PHOTO_FIELD, isSingleFigure);
