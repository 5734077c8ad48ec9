import { cite } from './en/cite';
import { core } from './en/core';
import { footer } from './en/footer';
import { lang } from './en/lang';
import { legend } from './en/legend';
import { lens } from './en/lens';
import { map } from './en/map';
import { mapAccess } from './en/mapAccess';
import { panel } from './en/panel';
import { handout } from './en/handout';
import { present } from './en/present';
import { share } from './en/share';
import { timeline } from './en/timeline';
import { table } from './en/table';
import { compare } from './en/compare';
import { chart } from './en/chart';
import { search } from './en/search';

/**
 * Every piece of interface text, in English, in one file per part of the page (./en/). Other
 * languages give every key (the type below makes a missing key a compile error, and a test
 * checks it at run time). `{name}` marks a value filled in at run time;
 * `{count, plural, one {...} other {...}}` a plural.
 */
export const en = {
  ...core,
  ...legend,
  ...lens,
  ...map,
  ...mapAccess,
  ...timeline,
  ...panel,
  ...share,
  ...footer,
  ...table,
  ...compare,
  ...chart,
  ...search,
  ...lang,
  ...present,
  ...handout,
  ...cite,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
