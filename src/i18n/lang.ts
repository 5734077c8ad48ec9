/** The interface's languages, by BCP 47 tag; `?lang=` chooses one. English is the default. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** The language the data's own text (summaries, instruments, quotes, titles) is written in. */
export const DATA_LANG: Lang = 'en';

/** Each language by its own name, as a language switch shows it whatever the page's language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ko: '한국어' };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}
