/**
 * Every page type of a commune site (site-pages/cases.ts), on two demo communes chosen by their
 * real domain names, in Debian's Chromium and Firefox ESR, on a 360 px phone and a 1280 px
 * screen. On each page: the right status, one h1, the citizen's facts, the content language, no
 * sideways scrolling, not one script, no request leaving the site's own origin, and axe-core
 * (WCAG 2.1 A and AA, best practices) finding nothing.
 */
import { randomBytes } from 'node:crypto';
import { type TestDatabase } from '../support/database';
import { axeSource, launchSiteChromium, launchSiteFirefox, type BrowserName, type SiteBrowser } from '../support/browsers';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, type StrapiInstance } from '../support/strapi';
import { COMMUNES, PAGE_CASES, type CommuneKey, type PageCase } from './site-pages/cases';

const WIDTHS = [360, 1280];
const LAUNCHERS: Record<BrowserName, (hosts: string[]) => Promise<SiteBrowser>> = {
  Chromium: launchSiteChromium,
  'Firefox ESR': launchSiteFirefox,
};
const COMMUNE_KEYS = Object.keys(COMMUNES) as CommuneKey[];

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let axe: string;
/** `:document(47/QĐ-UBND)` → that document's id, per commune. */
const documentIds = new Map<string, string>();

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_site_pages');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  axe = await axeSource();
  const rows = await db.query<{ slug: string; number_symbol: string; document_id: string }>(
    `SELECT c.slug, d.number_symbol, d.document_id FROM documents d JOIN communes c ON c.id = d.commune_key
     WHERE d.published_at IS NOT NULL`,
  );
  for (const row of rows) documentIds.set(`${row.slug}:${row.number_symbol}`, row.document_id);
});

afterAll(async () => {
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

const SLUGS: Record<CommuneKey, string> = { khanhKhe: 'khanh-khe', quocTuan: 'quoc-tuan' };

function resolvePath(path: string, commune: CommuneKey): string {
  return path.replace(/:document\(([^)]+)\)/, (_match, numberSymbol: string) => {
    const id = documentIds.get(`${SLUGS[commune]}:${numberSymbol}`);
    if (!id) throw new Error(`the seed has no document ${numberSymbol} on ${SLUGS[commune]}`);
    return id;
  });
}

interface PageFacts {
  title: string;
  h1s: string[];
  text: string;
  htmlLang: string;
  hasContentInEnglish: boolean;
  overflow: number;
  scripts: number;
  skipLinkTarget: boolean;
  missingElements: string[];
}

/** Runs in the page: what the checks below need, as plain data. */
function readPage(selectorsJson: string): PageFacts {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const selectors = JSON.parse(selectorsJson) as string[];
  return {
    title: document.title,
    h1s: Array.from(document.querySelectorAll('h1'), (h1) => squash(h1.textContent)),
    text: squash(document.body.textContent),
    htmlLang: document.documentElement.lang,
    hasContentInEnglish: document.querySelector('main[lang="en"], main [lang="en"]') !== null,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    scripts: document.querySelectorAll('script[src], script:not([type="application/ld+json"])').length,
    skipLinkTarget: document.querySelector('main#noi-dung') !== null,
    missingElements: selectors.filter((selector) => document.querySelector(selector) === null),
  };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs in the page once axe-core is injected. */
async function runAxe(): Promise<string[]> {
  const { axe } = window as unknown as {
    axe: { run(context: Document, options: { resultTypes: string[] }): Promise<{ violations: AxeViolation[] }> };
  };
  // Violations only: axe then keeps no node of the rules a page passes, less work on every page.
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

async function checkPage(
  browser: SiteBrowser,
  width: number,
  pageCase: PageCase,
  commune: CommuneKey,
  target: SiteInstance = site,
): Promise<void> {
  const expected = pageCase.on[commune];
  const origin = target.urlFor(COMMUNES[commune].host);
  const path = resolvePath(expected.path, commune);
  const page = await browser.open(`${origin}${path}`, width);
  const where = `${browser.name} ${width}px ${COMMUNES[commune].host}${path}`;
  try {
    expect({ where, status: page.status }).toEqual({ where, status: pageCase.status ?? 200 });
    const facts = await page.evaluate(readPage, JSON.stringify(expected.elements ?? []));
    expect(facts.title).not.toBe('');
    expect(facts.h1s).toHaveLength(1);
    if (typeof expected.h1 === 'string') expect(facts.h1s[0]).toBe(expected.h1);
    else expect(facts.h1s[0]).toMatch(expected.h1);
    for (const fact of expected.facts) expect({ where, fact, found: facts.text.includes(fact) }).toEqual({ where, fact, found: true });
    expect({ where, missing: facts.missingElements }).toEqual({ where, missing: [] });
    expect(facts.htmlLang).toBe('vi');
    if (pageCase.lang === 'en') expect(facts.hasContentInEnglish).toBe(true);
    expect(facts.skipLinkTarget).toBe(true);
    // A 360 px phone must never scroll sideways.
    expect({ where, overflow: Math.max(0, facts.overflow) }).toEqual({ where, overflow: 0 });
    // Links and GET forms only: no page ships JavaScript.
    expect({ where, scripts: facts.scripts }).toEqual({ where, scripts: 0 });
    // Self-hosted: every network request goes to the site's own origin (the browser's own
    // chrome-extension: PDF viewer and data: URLs are not the network).
    const network = page.requested.filter((url) => /^(https?|wss?):/.test(url));
    expect({ where, elsewhere: network.filter((url) => !url.startsWith(`${origin}/`)) }).toEqual({ where, elsewhere: [] });
    await page.addScript(axe);
    expect({ where, violations: await page.evaluate(runAxe) }).toEqual({ where, violations: [] });
  } finally {
    await page.close();
  }
}

describe.each(Object.keys(LAUNCHERS) as BrowserName[])('%s', (name) => {
  let browser: SiteBrowser;

  beforeAll(async () => {
    browser = await LAUNCHERS[name](COMMUNE_KEYS.map((key) => COMMUNES[key].host));
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(PAGE_CASES.map((pageCase) => [pageCase.type, pageCase] as const))('%s', async (_type, pageCase) => {
      // The two communes side by side, each in its own tab: the suite spends most of its time
      // waiting on one browser process or the other.
      await Promise.all(COMMUNE_KEYS.map((commune) => checkPage(browser, width, pageCase, commune)));
    });
  });

  it('shows the Vietnamese error page (502) when the content service cannot be reached', async () => {
    // A site process whose Strapi is a closed port: every page fails the way an outage would.
    // A token of the right length (the production site refuses to start with a short one).
    const broken = await startSite({ strapiUrl: `http://127.0.0.1:${await freePort()}`, token: randomBytes(32).toString('hex') });
    try {
      const outage: PageCase = {
        type: 'content service unreachable (502)',
        status: 502,
        on: {
          khanhKhe: { path: '/', h1: 'Đã xảy ra lỗi', facts: ['Hệ thống đang tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.'] },
          quocTuan: {
            path: '/van-ban',
            h1: 'Đã xảy ra lỗi',
            facts: ['Hệ thống đang tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.'],
          },
        },
      };
      for (const commune of COMMUNE_KEYS) await checkPage(browser, 360, outage, commune, broken);
    } finally {
      await broken.stop();
    }
  });
});
