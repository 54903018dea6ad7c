/**
 * The two browsers of the site's e2e suite behind one small interface: Debian's Chromium through
 * playwright-core (CDP) and Debian's Firefox ESR through puppeteer-core (WebDriver BiDi). Both are
 * told that the demo communes' domains are this machine, so pages are requested by their real
 * Host names and nothing can reach the internet.
 */
import { readFile } from 'node:fs/promises';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from './browser';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type BrowserName = 'Chromium' | 'Firefox ESR';

/** A page opened at a given width: what the suite needs from either driver. */
export interface OpenedPage {
  status: number | null;
  /**
   * Every URL the page requested, the document included. A tab is reused (see reusingTabs), so a
   * file an earlier page of the same tab loaded may come from the browser's cache unlisted; a
   * foreign request still shows on the first page that makes it.
   */
  requested: string[];
  /**
   * Runs a function in the page. It is serialised, so it may not close over test variables;
   * its one argument is a string (JSON when more is needed) so both drivers pass it alike.
   */
  evaluate<Result>(fn: (arg: string) => Result | Promise<Result>, arg?: string): Promise<Result>;
  /**
   * Runs a script in the page, e.g. axe-core, the way the driver evaluates code: the site's CSP
   * (`script-src 'none'`) blocks any <script> element a test would add.
   */
  addScript(content: string): Promise<void>;
  close(): Promise<void>;
}

export interface SiteBrowser {
  name: BrowserName;
  open(url: string, width: number): Promise<OpenedPage>;
  close(): Promise<void>;
}

const HEIGHT = 800;

export async function launchSiteChromium(hosts: string[]): Promise<SiteBrowser> {
  const browser = await launchChromium(hosts);
  return reusingTabs(
    'Chromium',
    async (width) => {
      const page: PlaywrightPage = await browser.newPage({ viewport: { width, height: HEIGHT } });
      return {
        onRequest: (listener) => page.on('request', (request) => listener(request.url())),
        goto: async (url) => (await page.goto(url, { waitUntil: 'load' }))?.status() ?? null,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        runScript: async (content) => void (await page.evaluate(content)),
        close: () => page.close(),
      };
    },
    () => browser.close(),
  );
}

export async function launchSiteFirefox(hosts: string[]): Promise<SiteBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Resolves these names to 127.0.0.1, as Chromium's host-resolver rules do.
      'network.dns.localDomains': hosts.join(','),
      'network.proxy.type': 0,
      // No update checks, telemetry or captive-portal probes on a closed network.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  return reusingTabs(
    'Firefox ESR',
    async (width) => {
      const page: PuppeteerPage = await browser.newPage();
      // Firefox ESR 140 sets the viewport but lacks BiDi's screen-orientation command, which
      // puppeteer sends in the same call; the width is checked below instead.
      await page.setViewport({ width, height: HEIGHT }).catch((error: unknown) => {
        if (!(error instanceof Error) || !error.message.includes('setScreenOrientationOverride')) throw error;
      });
      return {
        onRequest: (listener) => page.on('request', (request) => listener(request.url())),
        goto: async (url) => {
          const status = (await page.goto(url, { waitUntil: 'load' }))?.status() ?? null;
          const innerWidth = await page.evaluate(() => window.innerWidth);
          if (innerWidth !== width) throw new Error(`Firefox viewport is ${innerWidth} px wide, not ${width}`);
          return status;
        },
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        runScript: async (content) => void (await page.evaluate(content)),
        close: () => page.close(),
      };
    },
    () => browser.close(),
  );
}

/** One browser tab, as either driver exposes it. */
interface Tab {
  onRequest(listener: (url: string) => void): void;
  goto(url: string): Promise<number | null>;
  evaluate<Result>(fn: (arg: string) => Result | Promise<Result>, arg: string): Promise<Result>;
  runScript(content: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A closed page goes back to a pool of tabs of its width, and the next page of that width
 * navigates it instead of opening a tab: opening one costs about 0.4 s in Chromium, which over
 * the suite's ~750 pages is minutes. Between two pages the tab visits about:blank, so no late
 * request of the previous page can be counted as the next page's.
 */
function reusingTabs(name: BrowserName, openTab: (width: number) => Promise<Tab>, closeBrowser: () => Promise<void>): SiteBrowser {
  const idle = new Map<number, Tab[]>();
  const every: Tab[] = [];
  const requests = new WeakMap<Tab, string[]>();
  return {
    name,
    async open(url, width) {
      let tab = idle.get(width)?.pop();
      if (tab) {
        await tab.goto('about:blank');
      } else {
        const opened = await openTab(width);
        opened.onRequest((requested) => requests.get(opened)?.push(requested));
        every.push(opened);
        tab = opened;
      }
      const requested: string[] = [];
      requests.set(tab, requested);
      const status = await tab.goto(url);
      const current = tab;
      return {
        status,
        requested,
        evaluate: (fn, arg = '') => current.evaluate(fn, arg),
        addScript: (content) => current.runScript(content),
        close: async () => {
          requests.delete(current);
          idle.set(width, [...(idle.get(width) ?? []), current]);
        },
      };
    },
    async close() {
      await Promise.all(every.map((tab) => tab.close().catch(() => undefined)));
      await closeBrowser();
    },
  };
}

/** axe-core's browser bundle, to inject into a page. */
export async function axeSource(): Promise<string> {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}
