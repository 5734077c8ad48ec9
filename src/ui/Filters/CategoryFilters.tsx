import { memo } from 'react';
import { CATEGORIES } from '../../model/categories';
import { useAppStore } from '../../state/appStore';
import { selectCategories } from '../../state/selectors';
import { useT } from '../useT';
import type { CategoryInfo } from '../../model/types';
import './filters.css';

/**
 * One checkbox per category; the map recolours as they change. Each category's definition is
 * its checkbox's description (read by screen readers), a hover title, and a glossary under the
 * list that opens by keyboard or touch.
 */
export const CategoryFilters = memo(function CategoryFilters({
  categories,
}: {
  categories: readonly CategoryInfo[];
}) {
  const t = useT();
  const shown = useAppStore(selectCategories);
  const toggle = useAppStore((s) => s.toggleCategory);
  const setCategories = useAppStore((s) => s.setCategories);
  const definitions = new Map(categories.map((c) => [c.id, c.definition]));
  return (
    <fieldset className="filters" data-testid="filters">
      <legend>{t('filters.legend')}</legend>
      <div className="filter-list">
        {CATEGORIES.map((c) => (
          <label key={c} className="filter" title={definitions.get(c)}>
            <input
              type="checkbox"
              name="measures"
              value={c}
              aria-describedby={definitions.has(c) ? `definition-${c}` : undefined}
              checked={shown.includes(c)}
              onChange={() => toggle(c)}
            />
            <span className={`swatch-cat cat-${c}`} aria-hidden="true" />
            {t(`category.${c}`)}
          </label>
        ))}
      </div>
      <details className="glossary" data-testid="glossary">
        <summary>{t('filters.glossary')}</summary>
        <dl>
          {CATEGORIES.filter((c) => definitions.has(c)).map((c) => (
            <div key={c}>
              <dt>
                <span className={`swatch-cat cat-${c}`} aria-hidden="true" />
                {t(`category.${c}`)}
              </dt>
              <dd id={`definition-${c}`}>{definitions.get(c)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="filter-actions">
        <button
          type="button"
          onClick={() => setCategories(CATEGORIES)}
          disabled={shown.length === CATEGORIES.length}
        >
          {t('filters.all')}
        </button>
        <button type="button" onClick={() => setCategories([])} disabled={shown.length === 0}>
          {t('filters.none')}
        </button>
      </div>
    </fieldset>
  );
});
