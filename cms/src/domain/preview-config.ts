/**
 * Strapi's preview feature (config/admin.ts `preview`), wired to the editorial board's preview
 * links (README "Preview"). The handler runs in the admin request that asks for the link; the
 * board's service decides whether this user gets one. `allowedOrigins` becomes the admin's whole
 * CSP `frame-src`: the sites' origins, and the admin's own ('self'), without which the media
 * library could no longer show an uploaded PDF in its details drawer.
 */
import { frameSourcesFor } from '@commune/editorial-board/shared';

interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

interface PreviewLinks {
  urlFor(uid: string, params: PreviewParams): Promise<string | undefined>;
}

export function previewConfig(originTemplate: string) {
  return {
    enabled: true,
    config: {
      allowedOrigins: ["'self'", ...frameSourcesFor(originTemplate)],
      handler: (uid: string, params: PreviewParams): Promise<string | undefined> =>
        (strapi.plugin('editorial-board').service('preview') as PreviewLinks).urlFor(uid, params),
    },
  };
}
