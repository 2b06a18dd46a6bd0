// Debian's Chromium driven by playwright-core (TOOLCHAIN.md "Browser tests here"): never a
// downloaded browser. Without /usr/bin/chromium the e2e suite skips with one line (.ci/run
// installs it).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does)`;

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless; playwright gives every launch a fresh temporary profile (user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
