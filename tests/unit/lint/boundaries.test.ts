// The architecture's boundaries are lint rules (../shared/design/ARCHITECTURE.md "Boundaries").
// These tests lint small virtual files at real paths, so a rule that stops firing fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const restricted = (ids: string[]): boolean =>
  ids.some((id) => id === 'no-restricted-imports' || id === '@typescript-eslint/no-restricted-imports');

describe('architecture boundaries', () => {
  it('forbids the renderer from importing main', async () => {
    const ids = await ruleIds('renderer/features/x.ts', "import { x } from '../../main/kook/rest';\nexport const y = x;\n");
    expect(restricted(ids)).toBe(true);
  });

  it('lets the renderer import shared', async () => {
    const ids = await ruleIds('renderer/features/x.ts', "import { Signal } from '../../shared/kook';\nexport const y = Signal;\n");
    expect(restricted(ids)).toBe(false);
  });

  it('forbids shared from importing anything outside itself', async () => {
    expect(restricted(await ruleIds('shared/ipc/x.ts', "import { x } from '../../main/services';\nexport const y = x;\n"))).toBe(true);
    expect(restricted(await ruleIds('shared/ipc/x.ts', "import ws from 'ws';\nexport const y = ws;\n"))).toBe(true);
    expect(restricted(await ruleIds('shared/ipc/x.ts', "import { z } from 'zod';\nexport const y = z;\n"))).toBe(false);
  });

  it('allows electron at run time only in main/shell, main/index.ts and main/preload.ts', async () => {
    const code = "import { app } from 'electron';\nexport const y = app;\n";
    expect(restricted(await ruleIds('main/services/x.ts', code))).toBe(true);
    expect(restricted(await ruleIds('main/kook/x.ts', code))).toBe(true);
    expect(restricted(await ruleIds('renderer/x.ts', code))).toBe(true);
    expect(restricted(await ruleIds('main/shell/window.ts', code))).toBe(false);
    expect(restricted(await ruleIds('main/index.ts', code))).toBe(false);
    expect(restricted(await ruleIds('main/preload.ts', code))).toBe(false);
  });

  it('allows type-only electron imports anywhere in main', async () => {
    const ids = await ruleIds('main/services/x.ts', "import type { App } from 'electron';\nexport type Y = App;\n");
    expect(restricted(ids)).toBe(false);
  });

  it('keeps the simulator and the client apart', async () => {
    expect(restricted(await ruleIds('main/simulator/world/x.ts', "import { x } from '../../kook/rest';\nexport const y = x;\n"))).toBe(true);
    expect(restricted(await ruleIds('main/kook/rest/x.ts', "import { x } from '../../simulator/world';\nexport const y = x;\n"))).toBe(true);
    expect(restricted(await ruleIds('main/kook/rest/x.ts', "import { Signal } from '../../../shared/kook';\nexport const y = Signal;\n"))).toBe(false);
  });
});
