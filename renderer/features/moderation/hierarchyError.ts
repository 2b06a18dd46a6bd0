// A refusal that is about the role hierarchy, not a missing permission: main's preflight throws
// `missing-permission` with "role hierarchy: <reason>" (main/moderation/Preflight.ts), and KOOK
// answers 40300 for the server owner whatever the bot's permissions. Saying "the bot lacks the
// permission" then sends the moderator to the role editor for nothing, so name the real reason.
import type { PermissionCheck } from '../../../shared/ipc';
import type { UiError } from '../../store/uiError';

export type HierarchyReason = Exclude<PermissionCheck['hierarchy'], 'ok'>;

const REASONS: readonly HierarchyReason[] = ['target-is-owner', 'target-ranks-higher', 'role-ranks-higher'];

export function hierarchyReason(error: UiError | null, facts: { targetId?: string | null; ownerId?: string | null }): HierarchyReason | null {
  if (!error || error.code !== 'missing-permission') return null;
  const named = REASONS.find((r) => error.message.includes(`role hierarchy: ${r}`));
  if (named) return named;
  if (facts.targetId && facts.ownerId && facts.targetId === facts.ownerId) return 'target-is-owner';
  return null;
}
