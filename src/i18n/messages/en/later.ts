import { chart } from './chart';
import { cite } from './cite';
import { compare } from './compare';
import { handout } from './handout';
import { panel } from './panel';
import { present } from './present';
import { share } from './share';
import { table } from './table';

/**
 * The English text of the parts loaded after the first map (the details panel, sharing and
 * export, the table, compare, the chart, presentation and stories, the handout, citing): its
 * own chunk, fetched with the first of those parts (src/ui/lazyPart.ts).
 */
export const later = {
  ...panel,
  ...share,
  ...table,
  ...compare,
  ...chart,
  ...present,
  ...handout,
  ...cite,
} as const;
