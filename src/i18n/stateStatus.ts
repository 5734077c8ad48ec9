import type { StateReading } from '../model/reading';
import type { Lens } from '../model/view';
import type { MessageKey } from './messages/en';
import type { Translate } from './t';

/**
 * A state's status under the lens, as its accessible name on the map: "Japan: 6 kinds of measure
 * in force", "Germany: Joined". Written when the state gets keyboard focus (and again if the date
 * moves while it has it), never for every state on every timeline step.
 */
export function stateStatus(
  t: Translate,
  name: string,
  state: StateReading | undefined,
  lens: Lens,
): string {
  if (!state || state.kind === 'unknown') return t('map.status.unknown', { name });
  if (state.kind === 'target') return t('map.status.target', { name });
  if (state.cls === 'unresearched') return t('map.status.unresearched', { name });
  if (lens === 'kinds') return t('map.status.kinds', { name, count: state.level });
  if (lens === 'joint') return t('map.status.joint', { name, count: state.level });
  return t('map.status.class', { name, status: t(`legend.${lens}.${state.cls}` as MessageKey) });
}
