// Which image URLs main will fetch for the renderer (ARCHITECTURE.md "Images"): KOOK's CDNs over
// https, and the configured simulator on loopback. Everything else is refused before any request.

export const KOOK_IMAGE_HOSTS: readonly string[] = ['img.kookapp.cn', 'img.kaiheila.cn', 'www.kookapp.cn'];

/** Image types served back; SVG is left out on purpose: opened directly it could run script on the bridge origin. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
};

export const TYPE_OF_EXT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IMAGE_TYPES).map(([type, ext]) => [ext, type]),
);

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** `extraOrigins` are simulator origins (http(s)://127.0.0.1:port); they count only on loopback. */
export function isAllowedImageUrl(raw: string, extraOrigins: readonly string[]): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' && KOOK_IMAGE_HOSTS.includes(url.hostname) && (url.port === '' || url.port === '443')) return url;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname) && extraOrigins.includes(url.origin)) return url;
  return null;
}

export function imageType(contentType: string | null): string | null {
  const base = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return IMAGE_TYPES[base] ? base : null;
}
