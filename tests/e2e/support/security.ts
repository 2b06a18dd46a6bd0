// Everywhere a pasted token could leak to in browser mode (issue 4 "Security"), as text to grep.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Every file under `dir`, recursively, as [relative path, contents as latin1 text]. */
export function filesUnder(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push([path.relative(dir, full), readFileSync(full).toString('latin1')]);
    }
  };
  walk(dir);
  return out;
}

/** The DOM (markup plus the live value of every input), localStorage and sessionStorage. */
export async function pageSurfaces(page: Page): Promise<{ dom: string; inputs: string[]; storage: string }> {
  const inputs: string[] = [];
  for (const field of await page.locator('input, textarea').all()) inputs.push(await field.inputValue());
  const local = JSON.stringify((await page.context().storageState()).origins);
  // Evaluated as source: this project's Node typings have no DOM.
  const session: unknown = await page.evaluate('JSON.stringify(Object.entries(sessionStorage))');
  return { dom: await page.content(), inputs, storage: `${local}\n${typeof session === 'string' ? session : ''}` };
}

/** The secret and a 16-character slice from its middle, to catch a shortened copy too. */
export function needles(secret: string): string[] {
  const mid = Math.max(0, Math.floor(secret.length / 2) - 8);
  return [secret, secret.slice(mid, mid + 16)];
}

export function leaks(haystack: string, secret: string): boolean {
  return needles(secret).some((n) => haystack.includes(n));
}
