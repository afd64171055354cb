import { config } from '@grafana/runtime';
import type { LocalizedText } from '../catalog';

export type Language = keyof LocalizedText;

let resolvedLanguage: string | undefined;

/** Remembers the language @grafana/i18n resolved for the user when the plugin loaded (see module.tsx). */
export function rememberResolvedLanguage(language: string | undefined): void {
  resolvedLanguage = language;
}

/** The user's Grafana language reduced to one the plugin ships; English unless the user chose Polish. */
export function currentLanguage(): Language {
  const language = resolvedLanguage ?? config.language ?? config.bootData?.user?.language ?? 'en-US';
  return language.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

export function localize(text: LocalizedText, language: Language = currentLanguage()): string {
  return text[language];
}

/** A text with its `{name}` placeholders filled in; values are inserted as they are, `$` included. */
export function localizeWith(text: LocalizedText, values: Record<string, string | number>): string {
  return localize(text).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder
  );
}
