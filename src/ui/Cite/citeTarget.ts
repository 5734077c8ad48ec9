import type { ActorId } from '../../model/types';

/** What a citation is of: the view on the page, or one measure in an actor's panel. */
export type CiteTarget =
  | { readonly kind: 'view' }
  | { readonly kind: 'measure'; readonly actor: ActorId; readonly id: string };
