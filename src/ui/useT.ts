import { translator, type Lang, type Translate } from '../i18n/t';
import { useAppStore } from '../state/appStore';
import { selectLang } from '../state/selectors';

/** The language the page shows (the chrome's, once its text has arrived). */
export function useLang(): Lang {
  return useAppStore(selectLang);
}

/** The translator for the page's language; the same function until the language changes. */
export function useT(): Translate {
  return translator(useLang());
}
