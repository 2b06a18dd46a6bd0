// KOOK colors are integers 0xRRGGBB (REST.md A.4).
export function colorHex(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}

export function parseHex(text: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(text.trim());
  return m?.[1] ? parseInt(m[1], 16) : null;
}
