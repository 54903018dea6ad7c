import type { IntroIndexResponse } from '#shared/types/intro';
import { readIntroPageLinks, requirePageLocale } from '../../utils/intro-queries';

/** `?locale=vi|en`: the commune's published introduction pages, in the editors' order. */
export default defineCommuneCachedHandler(
  'intro-pages',
  async (event, commune): Promise<IntroIndexResponse> => ({
    pages: await readIntroPageLinks(event, commune, requirePageLocale(event)),
  }),
  { keyParts: (event) => [String(getQuery(event).locale ?? 'vi')] },
);
