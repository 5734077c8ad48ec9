import { Suspense } from 'react';
import type { World } from '../../map/prepare';
import { lazyPart } from '../lazyPart';
import './slot.css';

// D3's shapes and the chart load once the first map is drawn: it sits under the map.
const CoalitionChart = lazyPart(() => import('./CoalitionChart'));

/** The chart's place under the map, its height held while it loads so the page does not jump. */
export function ChartSlot({ world, load }: { world: World; load: boolean }) {
  const hold = <div className="chart-slot" aria-hidden="true" />;
  if (!load) return hold;
  return (
    <Suspense fallback={hold}>
      <CoalitionChart world={world} />
    </Suspense>
  );
}
