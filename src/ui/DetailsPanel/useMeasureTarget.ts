import { useEffect, useState, type RefObject } from 'react';
import { measureTarget } from '../../map/measureLink';
import type { MeasureRef, World } from '../../map/prepare';
import type { ActorId } from '../../model/types';
import { useAppStore } from '../../state/appStore';

/**
 * The measure the URL's fragment names (a measure's permalink: `?country=JPN#<id>`), kept in
 * step with the fragment, and scrolled to and focused once the panel has rendered it (a long
 * record renders in slices, so that may be a few frames after the panel opens). Boot already
 * opened the panel the first fragment asks for; a fragment changed in the page (a Link
 * followed) may open another. An alias in the fragment is rewritten to the id it leads to.
 * Returns the id of the measure aimed at in the open panel, or null.
 */
export function useMeasureTarget(
  world: World,
  panel: RefObject<HTMLElement | null>,
  rendered: number,
): string | null {
  const openActor = useAppStore((s) => s.openActor);
  const actor = useAppStore((s) => s.view.actor);
  const [target, setTarget] = useState<MeasureRef | null>(null);
  const [reached, setReached] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => {
      setTarget(follow(world, openActor));
      setReached(null);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [world, openActor]);

  // The fragment goes with its panel (state/urlSync.ts): a panel closed or changed, no target.
  const aimed = target !== null && actor === target.actor ? target.id : null;

  useEffect(() => {
    if (aimed === null || reached === aimed) return;
    const el = panel.current?.querySelector<HTMLElement>(
      `[data-measure-id="${CSS.escape(aimed)}"]`,
    );
    if (!el) return; // not rendered yet: the next slice runs this again
    const details = el.closest('details');
    if (details && !details.open) details.open = true;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    setReached(aimed);
  }, [aimed, reached, panel, rendered]);

  return aimed;
}

/**
 * Where the fragment leads; opens that panel if another is open, then writes the measure's own
 * id as the fragment (over an alias, or after the URL sync wrote the new panel's address).
 */
function follow(world: World, open: (id: ActorId) => void): MeasureRef | null {
  const current = useAppStore.getState().view.actor;
  const ref = measureTarget(
    world.measureIndex,
    world.dataset.applied,
    current,
    window.location.hash,
  );
  if (!ref) return null;
  if (ref.actor !== current) open(ref.actor);
  const hash = `#${encodeURIComponent(ref.id)}`;
  if (window.location.hash !== hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }
  return ref;
}
