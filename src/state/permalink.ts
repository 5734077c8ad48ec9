import type { ActorId } from '../model/types';
import type { View } from '../model/view';
import type { Chrome } from './chrome';
import { DATA_PARAM, encodeUrl } from './urlCodec';
import { VIEW_FIELDS } from './viewFields';

/**
 * Permalinks: addresses that reopen what a reader cites, pinned to the data version it was
 * cited in (a later reader is told when the data has changed since). `address` is the app's
 * own, ending in a slash.
 */

/** The view as the full page shows it (not embedded, not presenting), at its data version. */
export function viewPermalink(
  address: string,
  view: View,
  chrome: Chrome,
  version: string,
): string {
  return `${address}${encodeUrl(view, { ...chrome, embed: false, present: false }, version)}`;
}

/** A measure: its actor's panel opened at it, `?country=JPN&data=…#jpn-2006-port-ban`. */
export function measurePermalink(
  address: string,
  actor: ActorId,
  id: string,
  version: string,
): string {
  const params = new URLSearchParams();
  params.set(VIEW_FIELDS.actor.param, actor);
  params.set(DATA_PARAM, version);
  return `${address}?${params.toString()}#${encodeURIComponent(id)}`;
}
