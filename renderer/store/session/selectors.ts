import type { AllSlices } from '../types';

/** The start screen shows until a profile (demo or bot) is active. */
export const hasWorkspace = (s: AllSlices): boolean => s.session?.profile != null;

/** Main said the bot is already online elsewhere: offer observer mode (issue 4 "Main process"). */
export const offersObserverMode = (s: AllSlices): boolean => {
  const session = s.session;
  if (!session || session.observer || session.connection === 'connected') return false;
  return /online elsewhere|already online/i.test(session.reason ?? '');
};
