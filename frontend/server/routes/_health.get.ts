/**
 * Liveness: this process answers HTTP. Touches nothing else, so a supervisor restarts the
 * process only when it is stuck, never because the CMS is down (the site keeps serving its
 * cache then: README "Keeping the sites up").
 */
export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'cache-control': 'no-store', 'content-type': 'application/json' });
  return { status: 'ok' };
});
