// The one way a URL leaves the app (Element Desktop's habit, STYLE.md): only http(s), no
// credentials, rebuilt from its parsed parts so odd encodings cannot smuggle anything through.

export function checkedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  if (!url.hostname) return null;
  return `${url.protocol}//${url.host}${url.pathname}${url.search}${url.hash}`;
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** Returns whether the link was opened. */
export async function openExternalLink(shell: ShellLike, raw: unknown): Promise<boolean> {
  const url = checkedExternalUrl(raw);
  if (!url) return false;
  await shell.openExternal(url);
  return true;
}
