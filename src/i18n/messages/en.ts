import { first } from './en/first';
import { later } from './en/later';

/**
 * Every piece of interface text, in English, in one file per part of the page (./en/), in two
 * halves: what the first map shows (./en/first.ts, in the first chunk) and what the parts
 * loaded after it show (./en/later.ts). This whole catalog is for types, Node and tests; the
 * page imports the halves. Other languages give every key (the type below makes a missing key a
 * compile error, and a test checks it at run time). `{name}` marks a value filled in at run
 * time; `{count, plural, one {...} other {...}}` a plural.
 */
export const en = { ...first, ...later } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
