// The bridge's per-run secret travels in the URL fragment (ARCHITECTURE.md "Bridge transport"),
// never in a request line; once read it is removed from the address bar.
export function takeSecretFromLocation(loc: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState'> | null): string | null {
  const match = /(?:^#|&)secret=([^&]+)/.exec(loc.hash);
  if (!match?.[1]) return null;
  const secret = decodeURIComponent(match[1]);
  history?.replaceState(null, '', `${loc.pathname}${loc.search}`);
  return secret;
}
