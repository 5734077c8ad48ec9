import { translator, type Lang, type Translate } from '../i18n/t';

const en = translator('en');

/** The translator for the interface language (English until `?lang=` arrives). */
export function useT(): Translate {
  return en;
}

export function useLang(): Lang {
  return 'en';
}
