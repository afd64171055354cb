import { config } from '@grafana/runtime';
import { currentLanguage, localize, localizeWith, rememberResolvedLanguage } from './localize';

const text = { en: 'Revenue', pl: 'Przychód' };

describe('the language of the texts', () => {
  afterEach(() => rememberResolvedLanguage(undefined));

  it('follows the language Grafana resolved for the user, Polish in any region', () => {
    rememberResolvedLanguage('pl-PL');
    expect(currentLanguage()).toBe('pl');
    expect(localize(text)).toBe('Przychód');
  });

  it('falls back to English for languages the plugin does not ship', () => {
    rememberResolvedLanguage('de-DE');
    expect(localize(text)).toBe('Revenue');
  });

  it('reads Grafana’s configuration before the translations are initialised', () => {
    const language = config.language;
    config.language = 'pl-PL';
    expect(currentLanguage()).toBe('pl');
    config.language = language;
  });
});

describe('texts with placeholders', () => {
  it('fills each placeholder in the user’s language, inserting values as they are', () => {
    const stopped = { en: 'Stopped at {change}: {reason}', pl: 'Zatrzymano na {change}: {reason}' };
    expect(localizeWith(stopped, { change: 'template $&', reason: '403' })).toBe('Stopped at template $&: 403');
    rememberResolvedLanguage('pl');
    expect(localizeWith(stopped, { change: 'x' })).toBe('Zatrzymano na x: {reason}');
    rememberResolvedLanguage(undefined);
  });
});
