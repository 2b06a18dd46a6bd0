// Shared steps of the moderation e2e tests: a member acting through the simulator's admin API
// (the raw envelope, so a refusal's code can be asserted), a record of every REST request the
// bot makes (to prove a refused action sent nothing), plain members to act on, and the UI steps
// (server menu, member detail, the moderation dialog, the Cases view).
import type { Locator, Page } from 'playwright-core';
import type { CaseView } from '../../../shared/ipc';
import type { BridgeClient } from './bridge';
import type { TestKook } from './kook';

export interface ActAnswer {
  code: number;
  message: string;
  data: unknown;
}

/** `/_sim/act`: what KOOK answers member `as` calling `path` (same permission checks). */
export async function actAs(origin: string, as: string, path: string, params: Record<string, unknown>): Promise<ActAnswer> {
  const res = await fetch(`${origin}/_sim/act`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ as, path, params }) });
  return (await res.json()) as ActAnswer;
}

/** The member's attempt to post in a channel: 0 when it was accepted, else KOOK's code (40300). */
export async function tryPost(origin: string, as: string, channelId: string): Promise<number> {
  return (await actAs(origin, as, 'message/create', { target_id: channelId, type: 1, content: `can I post? ${Date.now()}` })).code;
}

/**
 * Every rate-controlled REST request the embedded simulator receives, as `<caller> <bucket>`
 * (its limiter sees each one before the route runs), from now until `stop()`.
 */
export function recordRequests(kook: TestKook): { seen: string[]; stop(): void } {
  const limiter = kook.sim.limiter;
  const original = limiter.take.bind(limiter);
  const seen: string[] = [];
  limiter.take = (key, bucket) => {
    seen.push(`${key} ${bucket}`);
    return original(key, bucket);
  };
  return { seen, stop: () => void (limiter.take = original) };
}

export interface ListedMember {
  id: string;
  username: string;
  nickname: string;
  roles: number[];
  bot: boolean;
}

/** Members with no roles, not bots and not the owner, whose name no other listed member shares. */
export async function plainMembers(kook: TestKook, guildId: string): Promise<ListedMember[]> {
  const owner = await kook.guildOwner(guildId);
  const listed = (await kook.call<{ items: ListedMember[] }>('guild/user-list', { guild_id: guildId, page_size: 50 })).items;
  const plain = listed.filter((m) => !m.bot && m.roles.length === 0 && m.id !== owner);
  return plain.filter((m) => listed.filter((o) => o.username.includes(m.username) || o.nickname.includes(m.username)).length === 1);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Server menu → an item (Bans, Cases, "Lock #…", "Lockdown (raid)", …). */
export async function serverMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Server menu' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Searches the member panel and opens the member's detail; returns its Moderation section. */
export async function openMember(page: Page, member: ListedMember): Promise<Locator> {
  const panel = page.getByRole('complementary', { name: 'Members' });
  await panel.getByRole('searchbox', { name: 'Search members' }).fill(member.username);
  const display = member.nickname || member.username;
  await panel.getByRole('button', { name: new RegExp(`^${escapeRegex(display)}, (Online|Offline)$`) }).click();
  const detail = page.getByRole('complementary', { name: 'Member detail' });
  await detail.getByText(member.id).waitFor();
  return detail.getByRole('region', { name: 'Moderation' });
}

/** The open moderation dialog with this title. */
export function dialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: title });
}

/** Types a reason and presses the dialog's confirm button, then waits for the dialog to close. */
export async function confirmDialog(d: Locator, confirm: string, reason?: string): Promise<void> {
  if (reason !== undefined) await d.getByRole('textbox', { name: 'Reason' }).fill(reason);
  const button = d.getByRole('button', { name: confirm, exact: true });
  await button.click();
  await d.waitFor({ state: 'detached' });
}

/** The guild's cases, newest first, through the bridge (what the Cases view lists). */
export async function cases(bridge: BridgeClient, guildId: string, action?: string): Promise<CaseView[]> {
  const page = await bridge.call<{ items: CaseView[] }>('cases:list', { guildId, pageSize: 200, ...(action ? { action } : {}) });
  return page.items;
}

/** Cases view → the case's row → Undo; waits until the case shows "Undone by case #…". */
export async function undoFromCasesView(page: Page, c: CaseView): Promise<void> {
  const view = page.getByRole('region', { name: 'Cases' });
  await view.getByRole('button', { name: new RegExp(`^Case ${c.id}: `) }).click();
  const detail = view.getByRole('region', { name: `Case ${c.id}` });
  await detail.getByRole('button', { name: 'Undo' }).click();
  await detail.getByText(/^Undone by case #\d+\.$/).waitFor();
}
