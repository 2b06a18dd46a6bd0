// Message ids are UUIDs that encode (channel serial, index) under a seed-derived mask, so a
// lazily generated message can be found from its id alone (message/view takes only msg_id)
// without materialising the channel's history.
import { hash32, hex8 } from './prng';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function messageId(seed: number, serial: number, index: number): string {
  const a = hex8(serial ^ hash32(seed, 'mA'));
  const b = hex8(hash32(seed, serial, index, 'm1'));
  const c = hex8(hash32(seed, serial, index, 'm2'));
  const e = hex8(index ^ hash32(seed, serial, 'mE'));
  const variant = ((parseInt(c.charAt(0), 16) & 3) | 8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${e}`;
}

export function parseMessageId(seed: number, id: string): { serial: number; index: number } | null {
  if (!UUID.test(id)) return null;
  const serial = (parseInt(id.slice(0, 8), 16) ^ hash32(seed, 'mA')) >>> 0;
  const index = (parseInt(id.slice(28), 16) ^ hash32(seed, serial, 'mE')) >>> 0;
  return messageId(seed, serial, index) === id ? { serial, index } : null;
}

/** KOOK-shaped bot token: `1/<base64 of the id>/<24 chars>==` (PROTOCOL.md "Authentication"). */
export function botToken(seed: number, userId: string): string {
  const b64 = Buffer.from(userId).toString('base64');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let tail = '';
  for (let i = 0; i < 22; i++) tail += alphabet.charAt(hash32(seed, userId, 'token', i) & 63);
  return `1/${b64}/${tail}==`;
}

/** Placeholder for the simulator's origin inside stored content; replaced when serialised. */
export const ORIGIN = 'sim-origin://';

export type ImageKind = 'avatar' | 'icon' | 'attachment' | 'card' | 'emoji';

export const imagePath = (kind: ImageKind, key: string): string => `${ORIGIN}/_sim/img/${kind}/${key}.png`;

export function renderOrigin(text: string, origin: string): string {
  return text.includes(ORIGIN) ? text.split(ORIGIN).join(origin) : text;
}
