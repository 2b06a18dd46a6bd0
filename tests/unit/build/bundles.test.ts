// `npm test` builds before running the suite, so these check what actually ships.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const requires = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1] as string);

describe('built bundles', () => {
  it('builds the preload as one CommonJS file that requires only electron', () => {
    const file = 'out/preload/index.js';
    expect(existsSync(file)).toBe(true);
    const code = readFileSync(file, 'utf8');
    expect(new Set(requires(file))).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(code).toContain('exposeInMainWorld');
  });

  it('keeps the preload free of schema code', () => {
    expect(readFileSync('out/preload/index.js', 'utf8')).not.toMatch(/zod|safeParse/);
  });

  it('builds main as CommonJS that loads electron only at its entry', () => {
    const deps = new Set(requires('out/main/index.js'));
    const production = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(deps.has('electron')).toBe(true);
    // Everything else main loads at run time is Node's own or a production dependency shipped in app.asar.
    for (const dep of deps) expect(dep === 'electron' || production.includes(dep) || dep.startsWith('node:'), dep).toBe(true);
  });

  it('builds the renderer with a strict CSP and no remote content', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('builds the simulator CLI for plain node', () => {
    const deps = new Set(requires('out/sim/cli.js'));
    expect(deps.has('electron')).toBe(false);
  });
});
