/**
 * Debian's Chromium driven by playwright-core (which gives every launch a fresh profile). The
 * background-networking flags matter: this machine has no internet, and Chromium's own
 * connections would otherwise fail noisily.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the given host names resolved to this machine. */
export function launchChromium(hostsToLoopback: string[]): Promise<Browser> {
  const rules = hostsToLoopback.map((host) => `MAP ${host} 127.0.0.1`).join(',');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(rules ? [`--host-resolver-rules=${rules}`] : []),
    ],
  });
}
