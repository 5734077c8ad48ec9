import type { Actor } from '../model/types';
import { en, type Messages } from './messages/en';
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

const packs = new Map<Lang, LanguagePack>([['en', { messages: en, names: {} }]]);

export function installLanguage(lang: Lang, pack: LanguagePack): void {
  packs.set(lang, pack);
}

export function isInstalled(lang: Lang): boolean {
  return packs.has(lang);
}

export function messagesOf(lang: Lang): Messages {
  return (packs.get(lang) ?? packs.get('en'))?.messages ?? en;
}

/** An actor's name in a language: the pack's name, or the data's own (English) name. */
export function actorName(actor: Pick<Actor, 'id' | 'name'>, lang: Lang): string {
  return packs.get(lang)?.names[actor.id] ?? actor.name;
}
