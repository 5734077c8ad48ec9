/** The interface's languages, by BCP 47 tag; `?lang=` chooses one. */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];
