// Card message shapes (KMARKDOWN_CARD.md §2), tolerant where the spec has defaults: an unknown
// theme or size falls back to the default, over-long text is cut to its documented maximum.
import { z } from 'zod';

export const CARD_THEMES = ['primary', 'success', 'danger', 'warning', 'info', 'secondary', 'none', 'invisible'] as const;
export const BUTTON_THEMES = ['primary', 'success', 'danger', 'warning', 'info', 'secondary'] as const;

const plainText = z.object({
  type: z.literal('plain-text'),
  content: z.string().transform((s) => s.slice(0, 2000)),
  emoji: z.boolean().catch(true),
});
const kmarkdown = z.object({
  type: z.literal('kmarkdown'),
  content: z.string().transform((s) => s.slice(0, 5000)),
});
/** §2.5: a bare string may replace a plain-text object. */
const bareText = z.string().transform((s) => ({ type: 'plain-text' as const, content: s.slice(0, 2000), emoji: true }));

export const textElementSchema = z.union([bareText, plainText, kmarkdown]);
export const plainTextSchema = z.union([bareText, plainText]);

export const imageSchema = z.object({
  type: z.literal('image'),
  src: z.string(),
  alt: z.string().catch('').transform((s) => s.slice(0, 100)),
  size: z.enum(['sm', 'lg']).catch('lg'),
  circle: z.boolean().catch(false),
  fallbackUrl: z.string().optional().catch(undefined),
});

export const buttonSchema = z.object({
  type: z.literal('button'),
  theme: z.enum(BUTTON_THEMES).catch('primary'),
  value: z.string().catch(''),
  click: z.enum(['', 'link', 'return-val']).catch(''),
  text: textElementSchema,
});

export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  cols: z.number().int().min(1).max(3).catch(1),
  fields: z.array(textElementSchema).transform((f) => f.slice(0, 50)),
});

const media = <T extends 'file' | 'audio' | 'video'>(type: T) =>
  z.object({ type: z.literal(type), src: z.string(), title: z.string().catch(''), cover: z.string().optional().catch(undefined) });

export const moduleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), text: plainTextSchema.transform((t) => ({ ...t, content: t.content.slice(0, 100) })) }),
  z.object({
    type: z.literal('section'),
    mode: z.enum(['left', 'right']).catch('right'),
    text: z.union([textElementSchema, paragraphSchema]),
    accessory: z.union([imageSchema, buttonSchema]).optional().catch(undefined),
  }),
  z.object({ type: z.literal('image-group'), elements: z.array(imageSchema).min(1).transform((e) => e.slice(0, 9)) }),
  z.object({ type: z.literal('container'), elements: z.array(imageSchema).min(1).transform((e) => e.slice(0, 9)) }),
  z.object({ type: z.literal('action-group'), elements: z.array(buttonSchema).min(1).transform((e) => e.slice(0, 4)) }),
  z.object({
    type: z.literal('context'),
    elements: z.array(z.union([textElementSchema, imageSchema])).transform((e) => e.slice(0, 10)),
  }),
  z.object({ type: z.literal('divider') }),
  media('file'),
  media('audio'),
  media('video'),
  z.object({
    type: z.literal('countdown'),
    mode: z.enum(['day', 'hour', 'second']).catch('day'),
    endTime: z.number().finite(),
    startTime: z.number().finite().optional().catch(undefined),
  }),
  z.object({ type: z.literal('invite'), code: z.string() }),
]);

export const cardSchema = z.object({
  type: z.literal('card'),
  theme: z.enum(CARD_THEMES).catch('primary'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional().catch(undefined),
  size: z.enum(['sm', 'lg']).catch('lg'),
  modules: z.array(z.unknown()),
});

export type TextElement = z.output<typeof textElementSchema>;
export type ImageElement = z.output<typeof imageSchema>;
export type ButtonElement = z.output<typeof buttonSchema>;
export type ParagraphElement = z.output<typeof paragraphSchema>;
export type CardModule = z.output<typeof moduleSchema>;
export type ModuleOf<T extends CardModule['type']> = Extract<CardModule, { type: T }>;
/** A module we cannot show: unknown type, or a known type with an invalid shape. */
export interface UnsupportedModule { type: 'unsupported'; original: string }
