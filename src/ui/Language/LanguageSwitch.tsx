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
  const failed = useAppStore((s) => (s.langError?.lang === chosen ? s.langError : null));
  const retry = useAppStore((s) => s.retryLang);
  return (
    <>
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
      {failed && (
        <p className="language-failed" role="alert" data-testid="language-failed">
          {t('lang.failed', { name: LANG_NAMES[failed.lang], reason: failed.reason })}{' '}
          <button
            type="button"
            // The URL holds the language: a reload asks for it afresh.
            onClick={() => (failed.retryInPlace ? retry() : window.location.reload())}
          >
            {t('lang.retry')}
          </button>
        </p>
      )}
    </>
  );
});
