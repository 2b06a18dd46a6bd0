// A case whose KOOK call failed, as the UiError the ErrorNotice shows (KOOK code on hover).
import type { CaseView } from '../../../shared/ipc';
import { isIpcErrorCode } from '../../../shared/ipc';
import type { UiError } from '../../store/uiError';

export function caseError(c: CaseView): UiError | null {
  if (c.result.ok) return null;
  const { code, message, kookCode } = c.result;
  return {
    code: isIpcErrorCode(code) ? code : 'kook-error',
    message,
    ...(kookCode !== undefined ? { kookCode, kookMessage: message } : {}),
  };
}
