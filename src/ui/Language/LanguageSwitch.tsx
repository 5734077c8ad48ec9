import { memo } from 'react';
import { LANG_NAMES, LANGS } from '../../i18n/lang';
import { useAppStore } from '../../state/appStore';
import { selectChosenLang } from '../../state/selectors';
import { useT } from '../useT';
import './language.css';

/**
 * One button per language, each named in its own language (a reader who cannot read the page
 * can still find theirs). Switching changes the chrome only, so the view stays as it is, and
 * the URL keeps the choice (`?lang=ko`).
 */
export const LanguageSwitch = memo(function LanguageSwitch() {
  const t = useT();
  const chosen = useAppStore(selectChosenLang);
  const setChrome = useAppStore((s) => s.setChrome);
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={chosen === lang}
          data-lang={lang}
          onClick={() => setChrome({ lang })}
        >
          {LANG_NAMES[lang]}
        </button>
      ))}
    </div>
  );
});
