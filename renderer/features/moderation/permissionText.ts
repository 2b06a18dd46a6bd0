// A PermissionCheck in words (UI.md: "The bot lacks 'Ban members' in this guild"), with the
// permission names of shared/kook/permissions.ts in the moderator's language.
import type { TFunction } from 'i18next';
import type { PermissionCheck } from '../../../shared/ipc';
import { PERMISSIONS } from '../../../shared/kook/permissions';

export function permissionLabel(key: string, language: string): string {
  const info = PERMISSIONS.find((p) => p.key === key);
  if (!info) return key;
  return language.startsWith('zh') ? info.zh : info.en;
}

/** One sentence per missing permission, then the hierarchy reason if any. */
export function explainCheck(check: PermissionCheck, t: TFunction, language: string): string[] {
  const lines = check.missing.map((key) => t('moderation:lacksPermission', { permission: permissionLabel(key, language) }));
  if (check.hierarchy !== 'ok') lines.push(t(`moderation:hierarchy.${check.hierarchy}`));
  if (!check.allowed && lines.length === 0) lines.push(t('moderation:notAllowed'));
  return lines;
}
