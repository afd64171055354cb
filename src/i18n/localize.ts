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
