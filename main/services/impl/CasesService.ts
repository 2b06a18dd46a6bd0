// cases.*: the case log — filters and search, view, reason edits, undo, CSV/JSONL export, and the
// per-guild log channel that receives each new case as a card.
import type { CasePage, CaseView, Contract, ServiceImpl } from '../../../shared/ipc';
import { casesToCsv, casesToJsonl } from '../../moderation/exportCases';
import { publicCase, type ModerationEngine } from '../../moderation/ModerationEngine';
import { undoCase } from '../../moderation/undo';
import type { CaseQuery } from '../../store/moderationStores';
import { ServiceError } from '../toIpcError';

type Filter = Omit<CaseQuery, 'page' | 'pageSize'>;

export class CasesService implements ServiceImpl<Contract['cases']> {
  constructor(private readonly e: ModerationEngine) {}

  async list(a: CaseQuery): Promise<CasePage> {
    const page = this.e.db().cases.list({ ...a, page: a.page ?? 1, pageSize: a.pageSize ?? 50 });
    return { items: page.items.map(publicCase), total: page.total };
  }

  async view(a: { caseId: number }): Promise<CaseView> {
    const c = this.e.db().cases.get(a.caseId);
    if (!c) throw new ServiceError('not-found', 'no such case', { caseId: a.caseId });
    return publicCase(c);
  }

  async editReason(a: { caseId: number; reason: string }): Promise<CaseView> {
    const c = this.e.db().cases.editReason(a.caseId, a.reason);
    if (!c) throw new ServiceError('not-found', 'no such case', { caseId: a.caseId });
    const view = publicCase(c);
    this.e.push.emit('case.recorded', view);
    return view;
  }

  undo(a: { caseId: number; reason?: string | undefined }): Promise<CaseView> {
    return undoCase(this.e, a.caseId, a.reason);
  }

  async export(a: Filter & { format: 'csv' | 'jsonl' }): Promise<{ fileName: string; content: string }> {
    const { format, ...filter } = a;
    const rows = [...this.e.db().cases.all(filter)].map(publicCase);
    const stamp = new Date(this.e.now()).toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return format === 'csv'
      ? { fileName: `kookdesk-cases-${stamp}.csv`, content: casesToCsv(rows) }
      : { fileName: `kookdesk-cases-${stamp}.jsonl`, content: casesToJsonl(rows) };
  }

  async setLogChannel(a: { guildId: string; channelId: string | null }): Promise<{ guildId: string; channelId: string | null }> {
    if (a.channelId !== null) await this.e.preflight.assert({ action: 'post', guildId: a.guildId, channelId: a.channelId });
    const s = await this.e.settings.update(this.e.profileId(), a.guildId, { logChannelId: a.channelId });
    return { guildId: a.guildId, channelId: s.logChannelId };
  }
}
