import { config } from '@grafana/runtime';
import type { LocalizedText } from '../catalog';

export type Language = keyof LocalizedText;

/** The user's Grafana language reduced to one the plugin ships; English unless the user chose Polish. */
export function currentLanguage(): Language {
  const language = config.language ?? config.bootData?.user?.language ?? 'en-US';
  return language.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

export function localize(text: LocalizedText, language: Language = currentLanguage()): string {
  return text[language];
}
