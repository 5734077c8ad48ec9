import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { useT } from '../useT';
import { matchActors, searchEntries, type SearchHit } from './matchActors';
import './search.css';

/**
 * Find a state by name: a combobox (the ARIA 1.2 pattern) with a list of matches as one types,
 * over names and common other names ("ROK", "Türkiye", "Ivory Coast"). Arrow keys move through
 * the matches, Enter opens the chosen one's panel (the first if none is chosen) and zooms the map
 * to it, so a small state can be seen and clicked; Escape clears.
 */
export default function StateSearch({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const id = useId();
  const openActor = useAppStore((s) => s.openActor);
  const showActor = useAppStore((s) => s.showActor);
  const entries = useMemo(() => searchEntries(dataset.actors.values()), [dataset]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => matchActors(entries, query), [entries, query]);
  const listId = `${id}-list`;
  const optionId = (hit: SearchHit) => `${id}-${hit.id}`;
  const showing = open && query.trim() !== '';
  const current = showing ? hits[Math.min(active, hits.length - 1)] : undefined;

  const select = (hit: SearchHit) => {
    openActor(hit.id);
    // The EU and the UN have no shape: the map stays as it is for them.
    showActor(hit.id);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const delta = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length === 0 ? 0 : (a + delta + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = current ?? hits[0];
      if (hit) {
        e.preventDefault();
        select(hit);
      }
    } else if (e.key === 'Escape') {
      if (showing || query !== '') e.stopPropagation();
      setOpen(false);
      setQuery('');
    }
  };

  return (
    <div className="state-search">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={showing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        data-testid="state-search"
      />
      <ul id={listId} role="listbox" aria-label={t('search.label')} hidden={!showing}>
        {showing &&
          hits.map((hit) => (
            <li
              key={hit.id}
              id={optionId(hit)}
              role="option"
              aria-selected={hit === current}
              data-iso3={hit.id}
              // Keeps the focus in the box, so the click below still finds the list open.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => select(hit)}
            >
              {hit.name}
              {hit.alias && (
                <span className="alias"> {t('search.alias', { alias: hit.alias })}</span>
              )}
            </li>
          ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {showing &&
          (hits.length > 0 ? t('search.matches', { count: hits.length }) : t('search.noMatch'))}
      </p>
      {showing && hits.length === 0 && (
        <p className="search-none" aria-hidden="true">
          {t('search.noMatch')}
        </p>
      )}
    </div>
  );
}
