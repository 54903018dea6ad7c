import type { PreviewResponse } from '#shared/types/api';
import { toArticle, type RawArticle } from '../../utils/content';
import { toIntroPage, toPageLocale, type RawPage } from '../../utils/intro-content';
import { getJson, strapiRequestUrl, StrapiHttpError } from '../../utils/strapi-http';
import { isPreviewToken, PREVIEW_REFUSALS } from '../../utils/preview';

/**
 * The draft a preview link shows (README "Preview"), for the commune of this host: Strapi checks
 * the link's signature, expiry, commune and user (plugins/editorial-board services/preview.ts).
 * Never cached here (a plain handler, not the BFF's cached one) nor anywhere else
 * (server/utils/preview.ts headers); a refusal is a status with a Vietnamese message, never a draft.
 */
export default defineEventHandler(async (event): Promise<PreviewResponse> => {
  const commune = await requireCommune(event);
  const token = getRouterParam(event, 'token', { decode: true }) ?? '';
  if (!isPreviewToken(token)) throw createError(PREVIEW_REFUSALS[404]);
  const { strapiUrl, strapiToken } = useRuntimeConfig();
  const headers: Record<string, string> = { accept: 'application/json', 'x-commune': commune.slug };
  if (strapiToken) headers.authorization = `Bearer ${strapiToken}`;
  let body: unknown;
  try {
    body = await getJson(strapiRequestUrl(strapiUrl, `/api/editorial-board/preview/${encodeURIComponent(token)}`), headers, 8000);
  } catch (error) {
    const status = error instanceof StrapiHttpError ? error.status : 0;
    if (status === 403 || status === 404 || status === 410) throw createError(PREVIEW_REFUSALS[status]);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: 'The content service is unavailable' });
  }
  const data = (body as { data?: { uid?: string; entry?: unknown } } | null)?.data;
  if (data?.uid === 'api::article.article' && data.entry)
    return { kind: 'article', article: toArticle(data.entry as RawArticle, strapiUrl) };
  if (data?.uid === 'api::page.page' && data.entry) {
    const raw = data.entry as RawPage;
    const page = toIntroPage(raw, toPageLocale(raw.locale) ?? 'vi', strapiUrl);
    // A draft that cannot be shown yet (no title, an unknown section) has no page to preview.
    if (page) return { kind: 'page', page };
  }
  throw createError(PREVIEW_REFUSALS[404]);
});
