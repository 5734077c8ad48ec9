/** How many frames to wait for a measure to render (a long record renders in slices). */
const MAX_FRAMES = 90;

/**
 * Brings a measure of the open panel into view and focus once it is rendered: the panel may be
 * opening (another actor's measure) or still rendering a long record in slices, and the measure
 * may sit in the collapsed list of those the filter hides, which is opened.
 */
export function revealMeasure(id: string, doc: Document = document): void {
  const attempt = (left: number) => {
    const el = doc.getElementById(`measure-${id}`);
    if (el instanceof HTMLElement) {
      const folded = el.closest('details');
      if (folded && !folded.open) folded.open = true;
      el.scrollIntoView({ block: 'nearest' });
      el.focus({ preventScroll: true });
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(MAX_FRAMES));
}
