import { memo, useMemo } from 'react';
import type { ActorId, Dataset } from '../model/types';
import { useAppStore } from '../state/appStore';
import { selectOpenActor } from '../state/selectors';
import { actorName } from '../i18n/catalog';
import { useLang, useT } from './useT';

/**
 * Every actor by name in one list: a keyboard route to any state's details (however small on
 * the map), and to the EU and the UN, which have no shape of their own.
 */
export const ActorPicker = memo(function ActorPicker({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const selected = useAppStore(selectOpenActor);
  const select = useAppStore((s) => s.openActor);
  // Sorted in the page's language, as its readers look names up: 가나다 in Korean.
  const actors = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...dataset.actors.values()]
      .map((a) => ({ id: a.id, name: actorName(a, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [dataset, lang]);
  return (
    <label className="actor-picker">
      {t('picker.label')}{' '}
      <select
        value={selected ?? ''}
        onChange={(e) => select(e.target.value === '' ? null : (e.target.value as ActorId))}
        data-testid="actor-picker"
      >
        <option value="">{t('picker.none')}</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
});
