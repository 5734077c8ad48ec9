import { join } from 'node:path';
import { installLanguage } from '../src/i18n/catalog';
import type { Lang } from '../src/i18n/lang';
import { en, type Messages } from '../src/i18n/messages/en';
import { actorNames, dataActorIds } from './actorNames';
import { ROOT } from './world';

/**
 * Installs a language in Node (snapshot, tests), as the browser's loadLanguage does: its
 * messages, and its names built from i18n-iso-countries for the data folder's actors. English
 * comes whole, since what Node draws (a snapshot, a picture) shows text of the later parts.
 */
export async function installLanguageNode(lang: Lang, dataDir = join(ROOT, 'data')): Promise<void> {
  installLanguage('en', { messages: en, names: {} });
  if (lang === 'en') return;
  const module = (await import(`../src/i18n/messages/${lang}.ts`)) as Record<string, Messages>;
  const messages = module[lang];
  if (!messages) throw new Error(`src/i18n/messages/${lang}.ts exports no ${lang}`);
  installLanguage(lang, { messages, names: actorNames(lang, dataActorIds(dataDir)) });
}
