/**
 * The items a preview link can show: the types whose draft the site can render with its own page
 * components, and what each page reads (the same populate as the site's BFF route for it, so the
 * draft reaches the page in the shape its published twin does). Other types get no link: the
 * content manager then shows no preview panel for them.
 */
export const PREVIEW_TYPES = {
  'api::article.article': {
    populate: { cover: { populate: ['image'] }, gallery: { populate: ['image'] }, category: true },
    localized: false,
  },
  'api::page.page': { populate: { map: true }, localized: true },
} as const;

export type PreviewType = keyof typeof PREVIEW_TYPES;

export const isPreviewType = (uid: string): uid is PreviewType => Object.prototype.hasOwnProperty.call(PREVIEW_TYPES, uid);
