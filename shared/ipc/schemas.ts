// Building blocks for argument schemas: ids are decimal strings (REST.md "IDs"), message ids UUIDs.
import { z } from 'zod';

export const noArgs = z.object({}).strict();
export const kookId = z.string().regex(/^\d{1,32}$/, 'must be a KOOK id (decimal digits)');
export const messageId = z.string().regex(/^[0-9a-fA-F-]{8,64}$/, 'must be a message id');
export const roleId = z.number().int().min(0).max(2 ** 32 - 1);
export const permissionMask = z.number().int().min(0).max(2 ** 31 - 1);
export const httpUrl = z
  .string()
  .max(2048)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');
export const pageSize = z.number().int().min(1).max(100);
