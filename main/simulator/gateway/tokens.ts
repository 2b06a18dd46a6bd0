// The short-lived token embedded in a gateway URL (GATEWAY.md §1). It is signed, so a client
// cannot forge one: garbled → 40101, forged/tampered → 40102, expired → 40103 (GATEWAY.md §8).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HelloCode } from '../../../shared/kook';

export type TokenCheck = { ok: true; botId: string } | { ok: false; code: 40101 | 40102 | 40103 };

interface TokenPayload {
  /** bot id */
  b: string;
  /** expiry, ms epoch */
  e: number;
  /** generation: expireAll() bumps the current one, which expires every older token */
  g: number;
  /** nonce, so two tokens issued in the same ms differ */
  n: string;
}

export class GatewayTokens {
  private readonly secret = randomBytes(32);
  private generation = 0;

  constructor(
    private readonly lifetimeMs: () => number,
    private readonly now: () => number,
  ) {}

  issue(botId: string): string {
    const payload: TokenPayload = { b: botId, e: this.now() + this.lifetimeMs(), g: this.generation, n: randomBytes(6).toString('base64url') };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return body + '.' + this.sign(body);
  }

  check(token: string): TokenCheck {
    const payload = decode(token);
    if (!payload) return { ok: false, code: HelloCode.InvalidToken };
    const [body = '', signature = ''] = token.split('.');
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, code: HelloCode.TokenVerifyFailed };
    }
    if (payload.g < this.generation || payload.e <= this.now()) return { ok: false, code: HelloCode.TokenExpired };
    return { ok: true, botId: payload.b };
  }

  expireAll(): void {
    this.generation += 1;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** The payload when the token has our shape, whatever its signature; null when it is garbage. */
function decode(token: string): TokenPayload | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (typeof p.b !== 'string' || typeof p.e !== 'number' || typeof p.g !== 'number' || typeof p.n !== 'string') return null;
  return { b: p.b, e: p.e, g: p.g, n: p.n };
}
