// `t` of one namespace for components mounted by the dozen (message rows and their content).
// react-i18next's useTranslation copies every property of the i18n instance on each mount,
// which was a hot spot when a jump or live traffic mounts rows (issue 4 "Benchmarks"); here a
// mount costs one context read and one subscription, and `t` is shared per language.
import type { i18n as I18n, TFunction } from 'i18next';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

const fixedByInstance = new WeakMap<I18n, Map<string, TFunction>>();

function fixedT(i18n: I18n, language: string, ns: string): TFunction {
  let held = fixedByInstance.get(i18n);
  if (held === undefined) {
    held = new Map();
    fixedByInstance.set(i18n, held);
  }
  const key = `${language}|${ns}`;
  let t = held.get(key);
  if (t === undefined) {
    t = rememberPlain(i18n.getFixedT(language, ns));
    held.set(key, t);
  }
  return t;
}

/**
 * Remembers the strings asked for by key alone (labels, titles: most calls), since i18next
 * resolves each call afresh and a jump mounts a few hundred of them. Calls with options
 * (interpolation, plurals) go straight through. Held per language and namespace, whose
 * resources never change after start.
 */
function rememberPlain(t: TFunction): TFunction {
  const plain = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return call(...args);
    let text = plain.get(key);
    if (text === undefined) {
      text = String(call(key));
      plain.set(key, text);
    }
    return text;
  };
  return Object.assign(remembering, t) as unknown as TFunction;
}

/** Re-renders on a language change, like useTranslation's default `bindI18n`. */
export function useNamespaceText(ns: string): TFunction {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  return fixedT(i18n, language, ns);
}
