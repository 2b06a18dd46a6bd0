// Parameter schemas for REST routes. KOOK takes GET params as query strings and POST params
// as JSON, and accepts "1" for 1 and 0/1 for booleans (PROTOCOL.md "Booleans"), so every
// helper here accepts both spellings and rejects everything else.
import { z } from 'zod';

/** A decimal id string (user, guild, channel); numbers are accepted and turned into strings. */
export const idParam = z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform(String);

/** An integer given as a number or a decimal string. */
export const intParam = z.union([
  z.number().int(),
  z.string().regex(/^-?\d+$/, 'must be an integer').transform(Number),
]);

/** 0/1, true/false, "0"/"1", "true"/"false". */
export const boolParam = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false'])])
  .transform((v) => v === true || v === 1 || v === '1' || v === 'true');

export const pageParams = {
  page: intParam.pipe(z.number().int().min(1)).optional(),
  page_size: intParam.pipe(z.number().int().min(1)).optional(),
  sort: z.string().max(64).optional(),
};
