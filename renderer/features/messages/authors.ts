// How a message names its author: nickname or username, in the color of their highest colored
// role when the author's roles are known (UI.md "Member panel": rows in the highest role's color).
import type { MessageView } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import { colorHex } from '../../components/color';

type Author = MessageView['author'];

export function authorName(author: Pick<Author, 'nickname' | 'username'>): string {
  return author.nickname || author.username;
}

/** Role id → role, built once per roles list so every row looks its color up in O(roles of the author). */
export function rolesById(roles: readonly Role[]): ReadonlyMap<number, Role> {
  return new Map(roles.map((role) => [role.role_id, role]));
}

/** CSS color of the most senior (smallest position) role with a color; undefined when none is known. */
export function authorColor(author: Pick<Author, 'roles'>, roles: ReadonlyMap<number, Role>): string | undefined {
  let best: Role | undefined;
  for (const id of author.roles ?? []) {
    const role = roles.get(id);
    if (role === undefined || role.color === 0) continue;
    if (best === undefined || role.position < best.position) best = role;
  }
  return best === undefined ? undefined : colorHex(best.color);
}

/** Consecutive messages by one author within this window render as compact rows. */
export const GROUP_WINDOW_MS = 5 * 60_000;

export function continuesGroup(previous: MessageView | undefined, message: MessageView): boolean {
  return (
    previous !== undefined &&
    message.quote === null &&
    previous.author.id === message.author.id &&
    message.create_at >= previous.create_at &&
    message.create_at - previous.create_at <= GROUP_WINDOW_MS
  );
}
