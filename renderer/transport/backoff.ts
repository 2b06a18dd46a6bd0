// Reconnect delays for the browser-mode bridge: exponential with a cap, so a restarted
// `npm run web` is picked up quickly without hammering a dead port.
export function reconnectDelayMs(attempt: number, baseMs = 250, capMs = 5000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
}
