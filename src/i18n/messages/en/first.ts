import { chrome } from './chrome';
import { core } from './core';
import { footer } from './footer';
import { lang } from './lang';
import { legend } from './legend';
import { lens } from './lens';
import { map } from './map';
import { mapAccess } from './mapAccess';
import { search } from './search';
import { timeline } from './timeline';

/**
 * The English text the first map shows: the page's title and controls, the legend, the lenses,
 * the map's labels, the timeline, the footer. It is in the first chunk; the rest (./later.ts)
 * arrives with the first part that needs it. src/i18n/firstPart.test.ts checks that every key
 * a file of the first chunk names is here.
 */
export const first = {
  ...core,
  ...chrome,
  ...legend,
  ...lens,
  ...map,
  ...mapAccess,
  ...timeline,
  ...footer,
  ...search,
  ...lang,
} as const;
