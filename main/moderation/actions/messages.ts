// Deleting one message (evidence first: the cached copy or message/view, since a deleted message
// cannot be read back) and posting as the bot (KMarkdown 9 / card 10, optional quote).
import type { CaseEvidence, CaseView } from '../../../shared/ipc';
import type { KookMessage } from '../../kook/rest';
import { act } from '../act';
import type { ActionEnv } from '../env';

export type EvidenceMessage = NonNullable<CaseEvidence['messages']>[number];

export function toEvidence(m: KookMessage, channelId: string): EvidenceMessage {
  return {
    id: m.id, channelId, authorId: m.author.id, authorName: m.author.nickname || m.author.username, content: m.content,
    type: m.type, createAt: m.create_at, ...(m.attachments ? { attachments: m.attachments } : {}),
  };
}

export async function deleteMessage(env: ActionEnv, a: { msgId: string; reason?: string | undefined }): Promise<CaseView> {
  const cached = env.db().messages.get(a.msgId);
  let evidence: EvidenceMessage | null = cached ? { ...cached } : null;
  let channelId = cached?.channelId ?? null;
  let guildId = cached?.guildId ?? null;
  if (!evidence || !channelId) {
    const m = await env.rest().messages.view({ msg_id: a.msgId }, { lane: 'interactive' });
    channelId = m.channel_id ?? null;
    if (channelId) evidence = toEvidence(m, channelId);
  }
  if (!channelId) throw new Error('the message names no channel');
  if (!guildId) guildId = (await env.rest().channels.view({ target_id: channelId }, { lane: 'interactive' })).guild_id;
  await env.preflight.assert({ action: 'deleteMessage', guildId, channelId });
  const evidenceMessages = evidence ? [evidence] : [];
  return act(env, {
    guildId, action: 'message.delete', targetId: a.msgId, targetName: evidence?.authorName ?? null, reason: a.reason, undoable: false,
    evidence: { messages: evidenceMessages },
    run: async () => {
      await env.rest().messages.delete({ msg_id: a.msgId }, { lane: 'interactive' });
    },
  });
}

export async function post(env: ActionEnv, a: { channelId: string; type: 9 | 10; content: string; quote?: string | undefined }): Promise<CaseView> {
  const ch = await env.rest().channels.view({ target_id: a.channelId }, { lane: 'interactive' });
  await env.preflight.assert({ action: 'post', guildId: ch.guild_id, channelId: ch.id });
  return act(env, {
    guildId: ch.guild_id, action: 'message.post', targetId: ch.id, targetName: ch.name, reason: null, undoable: false,
    run: async () => {
      const sent = await env.rest().messages.create({ target_id: ch.id, type: a.type, content: a.content, ...(a.quote ? { quote: a.quote } : {}) }, { lane: 'interactive' });
      return {
        targetId: sent.msg_id,
        evidence: { messages: [{ id: sent.msg_id, channelId: ch.id, authorId: env.botId(), authorName: env.actor(), content: a.content, type: a.type, createAt: sent.msg_timestamp }], before: { quote: a.quote ?? null } },
      };
    },
  });
}
