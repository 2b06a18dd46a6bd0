// Small shared steps of member actions: who the target is, and telling them the reason by DM.
import type { ActionEnv } from '../env';

export interface TargetFacts {
  /** Display name, or null when unknown (not a member and never seen). */
  name: string | null;
  /** Roles in the guild; null when the user is not a member (e.g. ban by id). */
  roles: number[] | null;
}

export async function targetFacts(env: ActionEnv, guildId: string, userId: string): Promise<TargetFacts> {
  const m = await env.facts.member(guildId, userId);
  return { name: m?.name ?? null, roles: m?.roles ?? null };
}

/** Sends the reason by direct message before a kick or ban; a failure is noted, never fatal. */
export async function notifyMember(env: ActionEnv, guildId: string, userId: string, what: string, reason: string | undefined): Promise<string> {
  try {
    const guild = await env.facts.guild(guildId);
    const text = `You were ${what} ${guild.name}.${reason ? ` Reason: ${reason}` : ''}`;
    await env.rest().directMessages.create({ target_id: userId, type: 1, content: text }, { lane: 'interactive' });
    return 'sent';
  } catch (err) {
    return `failed: ${err instanceof Error ? err.message : 'unknown error'}`;
  }
}
