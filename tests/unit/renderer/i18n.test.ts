import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n';
import { namespaces } from '../../../renderer/i18n/locales';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n', () => {
  it.each(Object.entries(namespaces))('namespace %s defines the same keys in English and Chinese', (_ns, strings) => {
    expect(keys(strings.zh).sort()).toEqual(keys(strings.en).sort());
    for (const k of keys(strings.zh)) expect(k).not.toBe('');
  });

  it('switches language', async () => {
    const i18n = await createI18n('zh-CN');
    expect(i18n.t('cancel')).toBe('取消');
    await i18n.changeLanguage('en');
    expect(i18n.t('cancel')).toBe('Cancel');
  });
});
