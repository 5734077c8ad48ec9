import { useLayoutEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { actorName } from '../../i18n/catalog';
import { formatMonth, formatPartialDate } from '../../i18n/formatDate';
import { handoutOf } from '../../model/handout';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectView } from '../../state/selectors';
import { useLang, useT } from '../useT';
import './print.css';

/**
 * True while the page is being printed: from `beforeprint` to `afterprint`, or while print
 * media applies (a print preview, or a test's print emulation, which sends no print events).
 * `beforeprint` renders at once (flushSync): the browser lays the page out for print as soon as
 * its handlers return.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  // Layout, not passive: listening from the commit that mounts it, a print asked for at once is heard.
  useLayoutEffect(() => {
    const media = window.matchMedia('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(media.matches);
    const change = () => (media.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

/**
 * The printed handout's pages after the map (print.css lays out the first page: the title,
 * the map, its legend, and this component's date line): the states and their measures at the
 * view's month, then the sources. Mounted once the first map is painted, it renders an empty
 * placeholder until the page is printed, so moving through time costs it nothing.
 */
export default function Handout({ dataset }: { dataset: Dataset }) {
  const printing = usePrinting();
  if (!printing)
    return <div className="handout" data-testid="handout" data-printing="false" hidden />;
  return <HandoutPages dataset={dataset} />;
}

function HandoutPages({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  const handout = useMemo(() => handoutOf(dataset, view), [dataset, view]);
  const month = formatMonth(view.date, lang);
  const today = formatPartialDate(new Date().toISOString().slice(0, 10), lang);
  const name = (id: string) => {
    const actor = dataset.actors.get(id as never);
    return actor ? actorName(actor, lang) : id;
  };
  return (
    <section className="handout" data-testid="handout" data-printing="true">
      <p className="handout-date" data-testid="handout-date">
        {t('print.date', { month, today })}
      </p>
      <p className="handout-address">
        {t('print.address', {
          address: import.meta.env.CANONICAL_URL || window.location.href.split('#')[0] || '',
        })}
      </p>
      <h2 className="handout-states-title">{t('print.states', { month })}</h2>
      {handout.states.length === 0 ? (
        <p>{t('print.noStates')}</p>
      ) : (
        <ol className="handout-states" data-testid="handout-states">
          {handout.states.map((s) => (
            <li key={s.id} data-actor={s.id}>
              <h3>
                {name(s.id)}{' '}
                <span className="handout-kinds">
                  ({s.kinds.map((c) => t(`category.${c}`)).join(', ')})
                </span>
              </h3>
              {s.own.length > 0 && (
                <ul>
                  {s.own.map((m) => (
                    <li key={m.id}>
                      {m.summary} <span className="handout-refs">[{m.sources.join(', ')}]</span>
                    </li>
                  ))}
                </ul>
              )}
              {s.through.map((b) => (
                <p key={b.bloc} className="handout-through">
                  {t('print.through', { count: b.count, bloc: name(b.bloc) })}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
      <h2>{t('print.sources')}</h2>
      <ol className="handout-sources" data-testid="handout-sources">
        {handout.sources.map((s, i) => (
          <li key={i}>
            {s.publisher}, {s.title} ({formatPartialDate(s.date, lang)}). <span>{s.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
