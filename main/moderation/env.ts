// What every action needs from the engine, as an interface so actions, undo, the scheduler and
// jobs do not import the engine (and tests can build one over fakes).
import type { CaseView } from '../../shared/ipc';
import type { RestClient } from '../kook/rest';
import type { ModerationDatabase, NewCase, ScheduledJob } from '../store/moderationStores';
import type { FactsCache } from './FactsCache';
import type { ModerationSettings } from './ModerationSettings';
import type { OwnActions } from './OwnActions';
import type { Preflight } from './Preflight';

export interface ActionEnv {
  rest(): RestClient;
  botId(): string;
  /** The profile name that acts ("Demo server"): the case's actor. */
  actor(): string;
  profileId(): string;
  now(): number;
  db(): ModerationDatabase;
  readonly facts: FactsCache;
  readonly preflight: Preflight;
  readonly own: OwnActions;
  readonly settings: ModerationSettings;
  /** Stores the case, pushes `case.recorded`, posts it to the log channel if one is set. */
  record(c: NewCase): CaseView;
  /** Links the reversed case to its reversal and pushes the changed case. */
  markUndone(caseId: number, byCaseId: number): void;
  /** A temporary action's expiry, carried out by the scheduler. */
  schedule(job: Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error' | 'profileId'>): void;
  cancelSchedule(caseId: number): void;
}
