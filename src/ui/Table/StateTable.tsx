import { memo, useCallback, useMemo, useState } from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { classLabel } from '../../i18n/legend';
import {
  filterRows,
  regionTree,
  sortRows,
  tableRows,
  type SortDirection,
  type SortKey,
  type TableRow,
} from '../../model/tableRows';
import type { ActorId, Dataset } from '../../model/types';
import type { Lens } from '../../model/view';
import { useAppStore } from '../../state/appStore';
import { selectReading, selectView } from '../../state/selectors';
import { downloadViewCsv } from '../downloadViewCsv';
import { useLang, useT } from '../useT';
import './table.css';

/** Which way a column sorts when first chosen: names A-Z, most kinds first, earliest first. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  name: 'ascending',
  kinds: 'descending',
  first: 'ascending',
};

/**
 * The view as a table, one row per state: its measures in force at the month, sortable and
 * filterable by name and M49 region. It reads the same reading as the map, so it follows the
 * date, the filter and the scope; rows are memoised, so a timeline step re-renders only the
 * states whose row changed. It is also the screen reader's way through the map's content.
 */
export default function StateTable({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore(selectView);
  const reading = useAppStore(selectReading);
  const openActor = useAppStore((s) => s.openActor);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const [text, setText] = useState('');
  const [region, setRegion] = useState<string | null>(null);

  const { date } = view;
  const rows = useMemo(() => tableRows(dataset, view, reading), [dataset, view, reading]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, text, region), sort.key, sort.direction, lang),
    [rows, text, region, sort, lang],
  );
  const tree = useMemo(() => regionTree(dataset.regions), [dataset]);
  const names = useMemo(() => new Map(dataset.regions.map((r) => [r.code, r.name])), [dataset]);
  const open = useCallback((id: ActorId) => openActor(id), [openActor]);

  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : 'none'} className={`col-${key}`}>
      <button
        type="button"
        className="sort"
        onClick={() => sortBy(key)}
        data-testid={`sort-${key}`}
        title={t('table.sortBy', { column: label })}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
  const showLens = view.lens !== 'kinds';

  return (
    <section className="state-table" data-testid="state-table" data-month={date}>
      <div className="table-tools">
        <label>
          {t('table.filterName')}{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="table-filter"
          />
        </label>
        <label>
          {t('table.region')}{' '}
          <select
            value={region ?? ''}
            onChange={(e) => setRegion(e.target.value === '' ? null : e.target.value)}
            data-testid="table-region"
          >
            <option value="">{t('table.allRegions')}</option>
            {tree.map(({ region: r, depth }) => (
              <option key={r.code} value={r.code}>
                {'\u2002\u2002'.repeat(depth)}
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="link-button"
          onClick={() => downloadViewCsv(dataset)}
          data-testid="download-table-csv"
          aria-describedby="table-download-hint"
        >
          {t('table.download')}
        </button>
      </div>
      <p className="table-count" role="status" data-testid="table-count" data-shown={shown.length}>
        {t('table.count', { shown: shown.length, count: rows.length })} {t('table.target')}
      </p>
      <p id="table-download-hint" className="visually-hidden">
        {t('table.downloadHint')}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">
            {t('table.caption', { month: formatMonth(date, lang) })}
          </caption>
          <thead>
            <tr>
              {header('name', t('table.col.state'))}
              <th scope="col">{t('table.col.region')}</th>
              {header('kinds', t('table.col.kinds'))}
              <th scope="col">{t('table.col.measures')}</th>
              {header('first', t('table.col.first'))}
              {showLens && <th scope="col">{t('table.col.lens')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row
                key={row.id}
                row={row}
                region={names.get(row.regions[row.regions.length - 1] ?? '') ?? null}
                lens={showLens ? view.lens : null}
                onOpen={open}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="table-empty">{t('table.empty')}</p>}
      </div>
    </section>
  );
}

interface RowProps {
  readonly row: TableRow;
  /** The most specific M49 area's name, or null for a state M49 does not list. */
  readonly region: string | null;
  /** The lens, when it is not the kinds the table already shows. */
  readonly lens: Lens | null;
  readonly onOpen: (id: ActorId) => void;
}

/** Rows compare by what they show, since tableRows makes new objects at every step. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.row;
  const y = b.row;
  return (
    a.region === b.region &&
    a.lens === b.lens &&
    a.onOpen === b.onOpen &&
    x.id === y.id &&
    x.name === y.name &&
    x.kinds === y.kinds &&
    x.first === y.first &&
    x.cls === y.cls &&
    x.level === y.level &&
    x.byKind.length === y.byKind.length &&
    x.byKind.every((k, i) => k.category === y.byKind[i]?.category && k.count === y.byKind[i]?.count)
  );
}

const Row = memo(function Row({ row, region, lens, onOpen }: RowProps) {
  const t = useT();
  const lang = useLang();
  return (
    <tr data-iso3={row.id} data-kinds={row.kinds} data-first={row.first ?? ''}>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          onClick={() => onOpen(row.id)}
          aria-label={t('table.open', { name: row.name })}
        >
          {row.name}
        </button>
      </th>
      <td className={region === null ? 'muted' : undefined}>{region ?? t('table.unclassified')}</td>
      <td className="num">{row.kinds}</td>
      <td>
        {row.byKind.length === 0 ? (
          <span className="muted">{t('table.noneInForce')}</span>
        ) : (
          <ul className="kind-list">
            {row.byKind.map((k) => (
              <li key={k.category} data-category={k.category}>
                <span className={`swatch-cat cat-${k.category}`} aria-hidden="true" />
                {t('table.kindCount', { category: t(`category.${k.category}`), count: k.count })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {row.first ? (
          <time dateTime={row.first}>{formatMonth(row.first, lang)}</time>
        ) : (
          <span className="muted">{t('table.noFirst')}</span>
        )}
      </td>
      {lens && <td>{classLabel(t, lens, row.cls, row.level)}</td>}
    </tr>
  );
}, sameRow);
