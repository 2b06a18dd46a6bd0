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

interface Names {
  member(id: string | null): string | null;
  channel(id: string | null): string | null;
}

/** The target's name when known (case record, then the store), the id otherwise; `title` always carries the id. */
export function targetWords(c: Pick<CaseView, 'targetId' | 'targetName'>, names: Names, t: TFunction): { text: string; title: string } {
  const channel = names.channel(c.targetId);
  const name = c.targetName ?? names.member(c.targetId) ?? (channel !== null ? `#${channel}` : null);
  if (name === null || name === c.targetId) return { text: c.targetId, title: c.targetId };
  return { text: name, title: t('cases:idHover', { name, id: c.targetId }) };
}

/**
 * Who acted. External cases come from gateway events: KOOK's exited_guild names nobody (it covers
 * leaving and kicks alike, EVENTS.md), and a ban event's operator is a user id we may not know.
 */
export function actorWords(c: Pick<CaseView, 'action' | 'actor'>, names: Names, t: TFunction): { text: string; title: string } {
  if (c.action === 'external.leaveOrKick') {
    const text = t('cases:leftOrKicked');
    return { text, title: text };
  }
  if (!c.action.startsWith('external.')) return { text: c.actor, title: c.actor };
  const id = c.actor === 'unknown' || c.actor === '' ? null : c.actor;
  const name = names.member(id);
  if (id !== null && name !== null) return { text: name, title: t('cases:idHover', { name, id }) };
  const text = t('cases:anotherModerator');
  return { text, title: id === null ? text : t('cases:anotherModeratorId', { id }) };
}
