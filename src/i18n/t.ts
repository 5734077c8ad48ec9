import { en, type MessageKey, type Messages } from './messages/en';

/** The interface's languages. Korean is planned (`?lang=ko`); its file will copy `en`'s keys. */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

const catalogs: Record<Lang, Messages> = { en };

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` slots; a missing value leaves the slot visible rather than inventing text. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(catalogs[lang][key], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
