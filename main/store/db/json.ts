// JSON columns are written by us, but a file can be edited or damaged: read them back through
// schemas so a bad cell becomes a typed fallback instead of a crash or an untyped value.
import { z } from 'zod';
import type { CaseEvidence, CaseView } from '../../../shared/ipc';

const record = z.record(z.string(), z.unknown());

const caseResult = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string(), kookCode: z.number().optional() }),
]);

const evidenceMessage = z.object({
  id: z.string(),
  channelId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  content: z.string(),
  type: z.number(),
  createAt: z.number(),
  attachments: z.unknown().optional(),
});

const caseEvidence = z.object({
  messages: z.array(evidenceMessage).optional(),
  before: record.optional(),
  archivePath: z.string().optional(),
});

function parse<T>(text: string | null, schema: z.ZodType<T>): T | null {
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readResult(text: string): CaseView['result'] {
  return parse(text, caseResult) ?? { ok: false, code: 'UNREADABLE', message: 'stored result could not be read' };
}

export function readEvidence(text: string | null): CaseEvidence | null {
  return parse(text, caseEvidence);
}

export function readRecord(text: string | null): Record<string, unknown> | null {
  return parse(text, record);
}

export function readUnknown(text: string | null): unknown {
  return parse(text, z.unknown()) ?? undefined;
}

export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
