import { memo, useMemo, type MouseEvent } from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { classFill, STANDARD_STYLE } from '../../map/style';
import { compareSets, type CompareSets } from '../../model/compareSets';
import type { ActorId, Dataset } from '../../model/types';
import type { View } from '../../model/view';
import { useAppStore } from '../../state/appStore';
import { selectChrome, selectReading, selectView } from '../../state/selectors';
import { encodeUrl } from '../../state/urlCodec';
import { useLang, useT } from '../useT';
import './compare.css';

const GROUPS = ['joined', 'left', 'stayed'] as const;
type Group = (typeof GROUPS)[number];

/**
 * What the compare lens answers, as a reader wants it: who joined the coalition between the two
 * dates, who left, who stayed, with counts and names. Each name is a link to that state's panel
 * (a real link, so it can be opened in a new tab too). It reads the map's own reading, so its
 * lists are the map's colours; shown whenever the view's lens is compare, whoever chose it.
 */
export default function CompareResults({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  const reading = useAppStore(selectReading);
  const sets = useMemo(
    () => (view.lens === 'compare' ? compareSets(dataset, view, reading) : null),
    [dataset, view, reading],
  );
  if (!sets) return null;
  const from = formatMonth(sets.from, lang);
  const to = formatMonth(sets.to, lang);
  return (
    <section
      className="compare-results"
      aria-labelledby="compare-heading"
      data-testid="compare-results"
      data-from={sets.from}
      data-to={sets.to}
    >
      <h2 id="compare-heading">{t('compare.heading', { from, to })}</h2>
      <p className="compare-member">
        {t(view.scope === 'autonomous' ? 'compare.memberAutonomous' : 'compare.member')}
      </p>
      <div className="compare-groups">
        {GROUPS.map((group) => (
          <GroupList
            key={group}
            group={group}
            ids={sets[group]}
            dataset={dataset}
            view={view}
            hint={t(`compare.${group}Hint`, { from, to })}
          />
        ))}
      </div>
    </section>
  );
}

interface GroupProps {
  readonly group: Group;
  readonly ids: CompareSets[Group];
  readonly dataset: Dataset;
  readonly view: View;
  readonly hint: string;
}

const GroupList = memo(function GroupList({ group, ids, dataset, view, hint }: GroupProps) {
  const t = useT();
  const chrome = useAppStore(selectChrome);
  const openActor = useAppStore((s) => s.openActor);
  const onClick = (e: MouseEvent<HTMLAnchorElement>, id: ActorId) => {
    // A plain click opens the panel here; a modified one (new tab, window) follows the link.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    openActor(id);
  };
  return (
    <section
      className={`compare-group compare-${group}`}
      data-group={group}
      data-count={ids.length}
    >
      <h3>
        <span
          className="compare-swatch"
          style={{ background: classFill(STANDARD_STYLE, 'compare', group) }}
          aria-hidden="true"
        />
        {t(`compare.${group}`, { count: ids.length })}
      </h3>
      <p className="compare-hint">{hint}</p>
      {ids.length > 0 && (
        <ul className="compare-list">
          {ids.map((id) => (
            <li key={id}>
              <a
                href={encodeUrl({ ...view, actor: id }, chrome, dataset.version)}
                onClick={(e) => onClick(e, id)}
                data-iso3={id}
              >
                {dataset.actors.get(id)?.name ?? id}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
