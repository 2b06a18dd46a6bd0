// What a new socket asked for, read from its URL (GATEWAY.md §1 token and compress, §5 resume).
// Token problems become HELLO error codes (GATEWAY.md §8); resume problems are judged at HELLO time.
import { HelloCode } from '../../../shared/kook';
import type { GatewayTokens } from './tokens';

export type ConnectPlan =
  | { kind: 'hello-error'; code: number; compress: boolean }
  | { kind: 'fresh'; botId: string; compress: boolean }
  | { kind: 'resume'; botId: string; compress: boolean; sn: string | null; sessionId: string | null };

export function planConnection(rawUrl: string | undefined, tokens: GatewayTokens, forcedHelloError: number | null): ConnectPlan {
  const query = new URL(rawUrl ?? '/', 'ws://gateway.invalid').searchParams;
  // compress defaults to 1 (GATEWAY.md §1); only an explicit 0 turns it off.
  const compress = query.get('compress') !== '0';
  if (forcedHelloError !== null) return { kind: 'hello-error', code: forcedHelloError, compress };
  const token = query.get('token');
  if (token === null || token === '') return { kind: 'hello-error', code: HelloCode.MissingParam, compress };
  const check = tokens.check(token);
  if (!check.ok) return { kind: 'hello-error', code: check.code, compress };
  if (query.get('resume') !== '1') return { kind: 'fresh', botId: check.botId, compress };
  return {
    kind: 'resume',
    botId: check.botId,
    compress,
    sn: nonEmpty(query.get('sn')),
    sessionId: nonEmpty(query.get('session_id')) ?? nonEmpty(query.get('sessionId')),
  };
}

/** A resume sn: a non-negative decimal integer, else null (→ 40108). */
export function parseResumeSn(raw: string): number | null {
  if (!/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}
