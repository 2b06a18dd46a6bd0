// The jump box takes a message id or a KOOK message link, the form Kookdesk copies:
// https://www.kookapp.cn/app/channels/<guild>/<channel>/<msg_id> (issue 4 "Message pane").
export interface JumpTarget {
  guildId?: string;
  channelId?: string;
  msgId: string;
}

const MESSAGE_ID = /^[0-9a-fA-F-]{8,64}$/; // shared/ipc/schemas.ts messageId
const KOOK_ID = /^\d{1,32}$/;
const LINK_HOSTS = new Set(['www.kookapp.cn', 'kookapp.cn']);

export function parseJumpTarget(input: string): JumpTarget | null {
  const text = input.trim();
  if (MESSAGE_ID.test(text)) return { msgId: text };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !LINK_HOSTS.has(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 5 || parts[0] !== 'app' || parts[1] !== 'channels') return null;
  const [, , guildId = '', channelId = '', msgId = ''] = parts;
  if (!KOOK_ID.test(guildId) || !KOOK_ID.test(channelId) || !MESSAGE_ID.test(msgId)) return null;
  return { guildId, channelId, msgId };
}

export function messageLink(guildId: string, channelId: string, msgId: string): string {
  return `https://www.kookapp.cn/app/channels/${guildId}/${channelId}/${msgId}`;
}
