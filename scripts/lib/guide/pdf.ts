/**
 * Prints HTML files to PDF with Debian's Chromium through playwright-core (the browser the e2e
 * tests drive), one browser for every file. The page size comes from each document's CSS @page.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PrintJob {
  html: string;
  pdf: string;
}

export async function printToPdf(jobs: PrintJob[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No network on these machines: Chromium's own background connections would only fail.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    for (const job of jobs) {
      await page.goto(pathToFileURL(job.html).href, { waitUntil: 'load' });
      await page.pdf({ path: job.pdf, preferCSSPageSize: true, printBackground: true });
    }
  } finally {
    await browser.close();
  }
}
