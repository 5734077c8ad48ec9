import { memo, useMemo } from 'react';
import type { ActorId, Dataset } from '../model/types';
import { useAppStore } from '../state/appStore';
import { selectOpenActor } from '../state/selectors';
import { useT } from './useT';

/**
 * Every actor by name in one list: a keyboard route to any state's details (however small on
 * the map), and to the EU and the UN, which have no shape of their own.
 */
export const ActorPicker = memo(function ActorPicker({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const selected = useAppStore(selectOpenActor);
  const select = useAppStore((s) => s.openActor);
  const actors = useMemo(
    () => [...dataset.actors.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [dataset],
  );
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
