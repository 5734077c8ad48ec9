import type { Actor } from '../model/types';
import type { MessageKey, Messages } from './messages/en';
import { first } from './messages/en/first';
import type { Lang } from './lang';

/**
 * What a language brings: its interface text, and its names for the actors (states, the EU, the
 * UN) by id. English is built in (its names are the data's own); another language arrives as a
 * pack when it is first chosen (loadLanguage.ts in the browser, scripts/languagePack.ts in
 * Node), so the first load carries English only. Until a pack arrives its language reads as
 * English, rather than showing keys.
 */
export interface LanguagePack {
  readonly messages: Messages;
  readonly names: Readonly<Record<string, string>>;
}

/**
 * English as far as it has arrived: the first map's half at once, the rest (en/later.ts) once a
 * part that shows it has loaded it (loadEnglishRest). Only English is ever partial.
 */
let english: Partial<Messages> = first;

const packs = new Map<Lang, LanguagePack>();

export function installLanguage(lang: Lang, pack: LanguagePack): void {
  if (lang === 'en') english = pack.messages;
  else packs.set(lang, pack);
}

export function isInstalled(lang: Lang): boolean {
  return lang === 'en' || packs.has(lang);
}

let englishRest: Promise<void> | null = null;

/**
 * Brings in the English text of the parts loaded after the first map. Asking twice fetches
 * once; a failed fetch can be asked for again.
 */
export function loadEnglishRest(): Promise<void> {
  englishRest ??= import('./messages/en/later').then(
    ({ later }) => {
      english = { ...later, ...english };
    },
    (e: unknown) => {
      englishRest = null;
      throw e;
    },
  );
  return englishRest;
}

/**
 * A message's template in a language: the pack's, else English's, else (a part that showed text
 * before loading it: a bug src/i18n/firstPart.test.ts is there to catch) the key itself, visible
 * rather than a crash.
 */
export function messageOf(lang: Lang, key: MessageKey): string {
  return packs.get(lang)?.messages[key] ?? english[key] ?? key;
}

/** An actor's name in a language: the pack's name, or the data's own (English) name. */
export function actorName(actor: Pick<Actor, 'id' | 'name'>, lang: Lang): string {
  return packs.get(lang)?.names[actor.id] ?? actor.name;
}
