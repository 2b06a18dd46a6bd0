import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/log/logger';

describe('redacting logger', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, logger: createLogger({ write: (l) => void lines.push(l), now: () => new Date(0) }) };
  };

  it('masks anything shaped like a KOOK bot token', () => {
    const { lines, logger } = capture();
    logger.error('auth with 1/MzU3MDA=/abcdefghIJKL+/== failed', { header: 'Bot 12/QUJDREVGR0g=/Zm9vYmFyYmF6' });
    expect(lines.join('')).not.toMatch(/MzU3MDA|QUJDREVGR0g/);
    expect(lines.join('')).toContain('«redacted»');
  });

  it('masks registered secrets wherever they appear, also inside objects', () => {
    const { lines, logger } = capture();
    logger.addSecret('s3cr3t-value');
    logger.warn('bridge', { url: 'http://127.0.0.1/#secret=s3cr3t-value' });
    expect(lines.join('')).not.toContain('s3cr3t-value');
  });

  it('drops lines below the minimum level', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => void lines.push(l), minLevel: 'warn' });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toHaveLength(1);
  });
});
