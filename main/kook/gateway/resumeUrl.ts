// GATEWAY.md §5: resume params are appended to the gateway URL, which already carries `?compress=…&token=…`.
// Append with `&` (never a second `?`), and name the session param `session_id`.
import { ResumeParams } from '../../../shared/kook';

export function resumeUrl(gatewayUrl: string, sessionId: string, lastSn: number): string {
  const params = `${ResumeParams.resume}=1&${ResumeParams.sn}=${lastSn}&${ResumeParams.sessionId}=${encodeURIComponent(sessionId)}`;
  const hashAt = gatewayUrl.indexOf('#');
  const base = hashAt === -1 ? gatewayUrl : gatewayUrl.slice(0, hashAt);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${params}`;
}
