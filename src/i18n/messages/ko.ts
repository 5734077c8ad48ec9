import type { Messages } from './en';
import { chrome } from './ko/chrome';
import { cite } from './ko/cite';
import { core } from './ko/core';
import { footer } from './ko/footer';
import { lang } from './ko/lang';
import { legend } from './ko/legend';
import { lens } from './ko/lens';
import { map } from './ko/map';
import { panel } from './ko/panel';
import { handout } from './ko/handout';
import { present } from './ko/present';
import { share } from './ko/share';
import { table } from './ko/table';
import { compare } from './ko/compare';
import { chart } from './ko/chart';
import { search } from './ko/search';
import { mapAccess } from './ko/mapAccess';
import { timeline } from './ko/timeline';

/**
 * Every piece of interface text in Korean, one file per part of the page (./ko/) as in English;
 * each part has exactly the keys of its English part (a compile error otherwise, and a test).
 * Loaded only when Korean is chosen.
 */
export const ko: Messages = {
  ...core,
  ...chrome,
  ...legend,
  ...map,
  ...timeline,
  ...panel,
  ...share,
  ...footer,
  ...lang,
  ...present,
  ...handout,
  ...lens,
  ...cite,
  ...table,
  ...compare,
  ...chart,
  ...search,
  ...mapAccess,
};
