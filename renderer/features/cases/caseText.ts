// A case in words: the action, the result (KOOK code on hover), and the duration or expiry.
import type { TFunction } from 'i18next';
import type { CaseView } from '../../../shared/ipc';
import { durationWords } from '../moderation/durations';

export function actionWords(c: { action: string }, t: TFunction): string {
  return t(`cases:actions.${c.action}`, { defaultValue: c.action });
}

export function resultWords(c: CaseView, t: TFunction): { text: string; title: string | undefined } {
  if (c.result.ok) return { text: t('cases:result.ok'), title: undefined };
  const code = c.result.kookCode;
  return {
    text: t(`errors:${c.result.code}`, { defaultValue: c.result.message }),
    title: code !== undefined ? t('errors:kookCode', { code, message: c.result.message }) : c.result.message,
  };
}

export function durationText(c: CaseView, t: TFunction, locale: string): string {
  if (c.durationMs === null) return '';
  const length = durationWords(c.durationMs, t);
  if (c.expiresAt === null) return length;
  return t('cases:expires', { length, time: new Date(c.expiresAt).toLocaleString(locale) });
}
