// Renders the moderation dialog any entry point asked for (store: moderationDialog), and
// carries the outcome back: the case into the case log, member detail refreshed or closed,
// a started job left to the tray, the multi-selection cleared after a mass action.
import { useCallback } from 'react';
import { useAppStore, useStoreApi } from '../../store';
import type { ActionOutcome } from './actions';
import { Composer } from './Composer';
import { ModerationDialog } from './ModerationDialog';
import { PurgeDialog } from './PurgeDialog';
import './moderation.css';

export function ModerationHost() {
  const store = useStoreApi();
  const request = useAppStore((s) => s.moderationDialog);
  const close = useAppStore((s) => s.closeModerationDialog);

  const done = useCallback(
    (outcome: ActionOutcome) => {
      const s = store.getState();
      const req = s.moderationDialog;
      s.closeModerationDialog();
      if (outcome.kind === 'case') s.applyCaseRecorded(outcome.case);
      else if (!s.jobs.some((j) => j.jobId === outcome.jobId))
        s.applyJobProgress({ jobId: outcome.jobId, kind: req?.kind === 'mass' ? `mass.${req.action}` : 'job', state: 'queued', done: 0, total: req?.kind === 'mass' ? req.userIds.length : null, etaMs: null });
      if (req?.kind === 'mass') s.clearMemberSelection();
      if (req?.kind === 'member' && s.memberDetail?.id === req.target.id) {
        if (req.action === 'kick' || req.action === 'ban') s.closeMember();
        else void s.openMember(req.target.id);
      }
    },
    [store],
  );

  if (!request) return null;
  if (request.kind === 'purge') return <PurgeDialog key="purge" request={request} onClose={close} />;
  if (request.kind === 'composer') return <Composer key="composer" request={request} onDone={close} onCancel={close} />;
  return <ModerationDialog key={`${request.kind}.${request.action}`} request={request} onDone={done} onCancel={close} />;
}
