import { useEffect, useRef, useState } from 'react';
import { viewSummary } from '../../i18n/title';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectPlaying, selectReading, selectView } from '../../state/selectors';
import { useLang, useT } from '../useT';

/** How long the date must rest before it is announced: a held arrow key says one month. */
const SETTLE_MS = 400;

/**
 * A polite live region that tells a screen reader the month and the coalition's count when the
 * date changes ("59 states had at least one measure in force in November 2017."): once the date
 * settles, and not while the timeline plays (the month it stops on is announced).
 */
export function DateAnnouncer({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  const reading = useAppStore(selectReading);
  const playing = useAppStore(selectPlaying);
  const [text, setText] = useState('');
  // The month the page opened on is not news.
  const announced = useRef(view.date);
  const { date } = view;

  // The sentence is written once the date settles, not at every step a held key makes.
  useEffect(() => {
    if (playing || date === announced.current) return;
    const timer = setTimeout(() => {
      announced.current = date;
      setText(viewSummary(view, reading, dataset, t, lang));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [date, playing, view, reading, dataset, t, lang]);

  return (
    <p
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="date-announcer"
    >
      {text}
    </p>
  );
}
