/**
 * `/theme/<rrggbb>.css`: the commune's accent colours as a stylesheet (shared/utils/color.ts).
 * The answer is a function of the address alone, so it needs no commune and never changes.
 */
export default defineEventHandler((event) => {
  const css = themeStylesheet(getRouterParam(event, 'file') ?? '');
  if (css === null) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  setResponseHeaders(event, {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
  });
  return css;
});
