// Asks main whether the bot may act before the confirm button is offered (issue 5: "explain in
// the UI what is missing instead of sending a request that must fail").
import { useEffect, useState } from 'react';
import type { ArgsOf, Contract, PermissionCheck } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import { toUiError, type UiError } from '../../store/uiError';

export type CheckArgs = ArgsOf<Contract['moderation']['check']>;

export type CheckState =
  | { status: 'checking' }
  | { status: 'done'; check: PermissionCheck }
  | { status: 'error'; error: UiError };

/** `args` null: nothing to check (the action needs no permission). Re-checks when the key changes. */
export function usePermissionCheck(args: CheckArgs | null): CheckState {
  const api = useAppStore((s) => s.moderationApi);
  const key = args === null ? '' : JSON.stringify(args);
  const [state, setState] = useState<CheckState>(args === null ? { status: 'done', check: ALLOWED } : { status: 'checking' });
  useEffect(() => {
    if (key === '') return setState({ status: 'done', check: ALLOWED });
    let live = true;
    setState({ status: 'checking' });
    const parsed: CheckArgs = JSON.parse(key) as CheckArgs;
    api.check(parsed).then(
      (check) => live && setState({ status: 'done', check }),
      (error: unknown) => live && setState({ status: 'error', error: toUiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, key]);
  return state;
}

const ALLOWED: PermissionCheck = { allowed: true, missing: [], hierarchy: 'ok' };

export function isAllowed(state: CheckState): boolean {
  return state.status === 'done' && state.check.allowed;
}
