// A tiny redacting logger (ARCHITECTURE.md "Boundaries": no electron-log; "Data that must never
// cross": the bot token is never logged). Every line passes through `redact` before it is written:
// anything shaped like a KOOK bot token and every registered secret string becomes «redacted».
import { inspect } from 'node:util';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** KOOK bot tokens look like `<digits>/<base64>/<base64>` (PROTOCOL.md "Authentication"). */
const TOKEN_SHAPE = /\d+\/[A-Za-z0-9+/=]{8,}\/[A-Za-z0-9+/=]{8,}/g;
const MASK = '«redacted»';

export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
  /** Registers a secret (a pasted token, a bridge secret) so it is masked wherever it appears. */
  addSecret(secret: string): void;
  redact(text: string): string;
}

export interface LoggerOptions {
  /** Where finished lines go; default process.stderr. */
  write?: (line: string) => void;
  minLevel?: LogLevel;
  scope?: string;
  now?: () => Date;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = new Set<string>();
  const write = opts.write ?? ((line: string) => void process.stderr.write(line));
  const min = ORDER[opts.minLevel ?? 'info'];
  const now = opts.now ?? (() => new Date());

  const redact = (text: string): string => {
    let out = text.replace(TOKEN_SHAPE, MASK);
    // Longest first, so a secret containing another is masked whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    return out;
  };

  const log = (level: LogLevel, message: string, details: unknown[]): void => {
    if (ORDER[level] < min) return;
    const rest = details.map((d) => (typeof d === 'string' ? d : inspect(d, { depth: 4, breakLength: Infinity }))).join(' ');
    const scope = opts.scope ? ` [${opts.scope}]` : '';
    write(redact(`${now().toISOString()} ${level.toUpperCase()}${scope} ${message}${rest ? ` ${rest}` : ''}`) + '\n');
  };

  return {
    debug: (m, ...d) => log('debug', m, d),
    info: (m, ...d) => log('info', m, d),
    warn: (m, ...d) => log('warn', m, d),
    error: (m, ...d) => log('error', m, d),
    addSecret: (secret) => {
      if (secret.length >= 4) secrets.add(secret);
    },
    redact,
  };
}

/** For tests and callers that want silence. */
export const silentLogger: Logger = createLogger({ write: () => undefined });
