import { installLanguage, isInstalled, type LanguagePack } from './catalog';
import type { Lang } from './lang';

/** Where each language's pack comes from: its own chunks, fetched the first time it is chosen. */
const PACKS: Record<Exclude<Lang, 'en'>, () => Promise<LanguagePack>> = {
  ko: async () => {
    const [messages, names] = await Promise.all([
      import('./messages/ko'),
      import('virtual:actor-names/ko'),
    ]);
    return checkedPack({ messages: messages.ko, names: names.default });
  },
};

/**
 * A pack as its chunks hold it, checked before it is installed: a chunk that is not the pack
 * (a host's page served in its place, a stale deploy) would otherwise blank every label.
 */
function checkedPack(pack: { messages: unknown; names: unknown }): LanguagePack {
  const messages = pack.messages as Record<string, unknown> | null | undefined;
  if (
    typeof messages?.['app.title'] !== 'string' ||
    typeof pack.names !== 'object' ||
    !pack.names
  ) {
    throw new Error('the language pack is not one this version of the map can read');
  }
  return pack as LanguagePack;
}

const pending = new Map<Lang, Promise<void>>();

/**
 * Installs a language's messages and names (in the browser; Node uses
 * scripts/languagePack.ts). Asking twice fetches once; a failed fetch can be asked for again.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || isInstalled(lang)) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = PACKS[lang]().then(
      (pack) => installLanguage(lang, pack),
      (e: unknown) => {
        pending.delete(lang);
        throw e;
      },
    );
    pending.set(lang, p);
  }
  return p;
}
