// Every remote image goes through main's image proxy (ARCHITECTURE.md "Images"): the CSP allows
// nothing else. Browser mode serves it at /img?u=…, Electron as the kook-img: protocol.
export type ImageMode = 'electron' | 'browser';

export function imageSrcFor(mode: ImageMode, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const encoded = encodeURIComponent(parsed.href);
  return mode === 'electron' ? `kook-img://image/?u=${encoded}` : `/img?u=${encoded}`;
}

export function imageSrc(url: string): string | null {
  const electron = typeof globalThis === 'object' && 'kook' in globalThis;
  return imageSrcFor(electron ? 'electron' : 'browser', url);
}
