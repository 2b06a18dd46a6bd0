// The demo simulator is a child of browser mode, so its token stays inside main (as it should).
// Tests reach its world the way a bot author would: its origin (from an image URL the proxy
// fetches) and a second bot of their own, created through the loopback admin API.
import type { Page } from 'playwright-core';
import { admin, rest } from './kook';

export interface DemoWorld {
  origin: string;
  apiBase: string;
  /** A helper bot's token; the helper is a member of `guildIds`. */
  token: string;
  call<T>(path: string, params?: Record<string, string | number>): Promise<T>;
}

/** The demo's origin from the guild rail's icons (`/img?u=<encoded origin>/_sim/img/…`). */
export async function demoOrigin(page: Page): Promise<string> {
  const src = await page.getByRole('navigation', { name: 'Servers' }).locator('img').first().getAttribute('src');
  const target = src ? new URLSearchParams(src.slice(src.indexOf('?') + 1)).get('u') : null;
  if (!target) throw new Error(`no proxied guild icon in the rail (src=${src})`);
  return new URL(target).origin;
}

export async function demoWorld(page: Page, guildIds: string[]): Promise<DemoWorld> {
  const origin = await demoOrigin(page);
  const helper = await admin<{ id: string; token: string }>(origin, 'bots', { name: 'E2E helper', guild_ids: guildIds });
  const apiBase = `${origin}/api/v3`;
  return { origin, apiBase, token: helper.token, call: (path, params = {}) => rest(apiBase, helper.token, path, params) };
}
