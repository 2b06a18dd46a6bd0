// What the UI keeps of a failed call: the closed code (translated for display) plus KOOK's own
// code and message when main passed them along (shown on hover, UI.md "Interaction rules").
import { IpcCallError, type IpcErrorCode } from '../../shared/ipc';

export interface UiError {
  code: IpcErrorCode;
  message: string;
  kookCode?: number;
  kookMessage?: string;
}

export function toUiError(error: unknown): UiError {
  if (error instanceof IpcCallError) {
    const kookCode = error.details?.kookCode;
    const kookMessage = error.details?.kookMessage;
    return {
      code: error.code,
      message: error.message,
      ...(typeof kookCode === 'number' ? { kookCode } : {}),
      ...(typeof kookMessage === 'string' ? { kookMessage } : {}),
    };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
