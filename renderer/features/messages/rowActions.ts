// What a message row can ask the pane to do; one stable object per pane so rows stay memoized.
import type { MessageView } from '../../../shared/ipc';

/** Moderation on a message or its author, from the right-click menu (issue 5). */
export type MessageModeration = 'replyQuote' | 'deleteWithCase' | 'banAuthor' | 'kickAuthor' | 'muteAuthor' | 'purgeUpToHere';

export interface RowActions {
  copyId(message: MessageView): void;
  copyLink(message: MessageView): void;
  askDelete(message: MessageView): void;
  openMenu(message: MessageView, x: number, y: number): void;
  jumpToQuote(msgId: string): void;
  moderate?(message: MessageView, action: MessageModeration): void;
}
