// Tokens never leave main (issue 5 "Export and import of captures … with the token redacted").
// A frame can carry one by accident (a pasted token in a message, a gateway URL in a log line),
// so every raw text is scrubbed before it is kept, listed, exported or pushed.

export const REDACTED = '[redacted]';

/** `…?token=…` / `&token=…` of a gateway URL (GATEWAY.md §1: the URL carries the token). */
const URL_TOKEN = /([?&]token=)[^&\s"'\\]+/gi;
/** `Authorization: Bot <token>` (PROTOCOL.md "Authentication"). */
const BOT_HEADER = /\b(Bot)\s+[A-Za-z0-9+/=._-]{8,}/g;
/** The KOOK token shape `<digits>/<base64>/<base64>`, also with JSON-escaped slashes. */
const KOOK_TOKEN = /\d+\\?\/[A-Za-z0-9+/=]{8,}\\?\/[A-Za-z0-9+/=]{8,}/g;

export function redactTokens(text: string): string {
  // Cheap pre-checks keep the common frame (no slash pair, no "token=", no "Bot ") fast.
  let out = text;
  if (out.includes('token=')) out = out.replace(URL_TOKEN, `$1${REDACTED}`);
  if (out.includes('Bot ')) out = out.replace(BOT_HEADER, `$1 ${REDACTED}`);
  if (out.includes('/')) out = out.replace(KOOK_TOKEN, REDACTED);
  return out;
}
