import type { Lang } from '../../i18n/lang';

/** The stylesheets that bring a language's own fonts; English uses the page's Inter. */
const FONTS: Partial<Record<Lang, () => Promise<unknown>>> = {
  ko: () => import('./korean.css'),
};

/** Loads the fonts a language needs (once); resolves at once for a language that needs none. */
export function loadLanguageFont(lang: Lang): Promise<void> {
  return (FONTS[lang]?.() ?? Promise.resolve()).then(() => undefined);
}
