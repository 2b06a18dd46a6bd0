// Shapes the client returns: the normalised outputs of the tolerant schemas (shared/kook/schemas.ts).
import type { z } from 'zod';
import type * as S from '../../../../shared/kook/schemas';

export type KookUser = z.output<typeof S.UserSchema>;
export type KookMe = z.output<typeof S.MeSchema>;
export type KookMember = z.output<typeof S.MemberSchema>;
export type KookGuild = z.output<typeof S.GuildSchema>;
export type KookRole = z.output<typeof S.RoleSchema>;
export type KookChannel = z.output<typeof S.ChannelSchema>;
export type KookChannelSummary = z.output<typeof S.ChannelSummarySchema>;
export type KookMessage = z.output<typeof S.MessageSchema>;
export type KookDirectMessage = z.output<typeof S.DirectMessageSchema>;
export type KookBan = z.output<typeof S.BanSchema>;
export type KookUserChat = z.output<typeof S.UserChatSchema>;
export type KookReactionUser = z.output<typeof S.ReactionUserSchema>;
export type KookGuildMuteList = z.output<typeof S.GuildMuteListSchema>;
export type KookChannelRoleIndex = z.output<typeof S.ChannelRoleIndexSchema>;
export type KookChannelRoleResult = z.output<typeof S.ChannelRoleResultSchema>;
export type KookRoleGrantResult = z.output<typeof S.RoleGrantResultSchema>;
export type KookCreatedMessage = z.output<typeof S.CreatedMessageSchema>;
export type KookGuildUserList = z.output<typeof S.GuildUserListSchema>;
export interface KookPage<T> {
  items: T[];
  meta: { page: number; page_total: number; page_size: number; total: number };
  sort: Record<string, number>;
}

/** Standard pagination parameters (PROTOCOL.md "Pagination"). */
export interface PageParams {
  page?: number;
  page_size?: number;
  /** Field name, `-` prefix for descending, where the endpoint supports it. */
  sort?: string;
}
