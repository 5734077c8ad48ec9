import { useMemo, type MouseEvent } from 'react';
import type { MeasureRef } from '../../map/prepare';
import { linkParts } from '../../model/linkParts';
import { useAppStore } from '../../state/appStore';
import type { AppState } from '../../state/store';
import { revealMeasure } from './revealMeasure';

const NO_INDEX: ReadonlyMap<string, MeasureRef> = new Map();
const selectMeasureIndex = (s: AppState) =>
  s.load.status === 'ready' ? s.load.world.measureIndex : NO_INDEX;

/**
 * A caveat's text with its references made links: a measure id ("see kwt-2017-direct-flights-
 * halted", or an alias of a measure that replaced it) opens that measure, in its own actor's
 * panel; an https address opens in a new tab. Everything else is plain text, never HTML.
 */
export default function CaveatText({ text }: { text: string }) {
  const index = useAppStore(selectMeasureIndex);
  const openActor = useAppStore((s) => s.openActor);
  const parts = useMemo(() => linkParts(text, (id) => index.has(id)), [text, index]);
  const open = (e: MouseEvent<HTMLAnchorElement>, ref: MeasureRef) => {
    e.preventDefault();
    openActor(ref.actor);
    revealMeasure(ref.id);
  };
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === 'text') return part.text;
        if (part.kind === 'url')
          return (
            <a key={i} href={part.url} target="_blank" rel="noopener noreferrer">
              {part.text}
            </a>
          );
        const ref = index.get(part.id);
        return ref ? (
          <a
            key={i}
            href={`#measure-${ref.id}`}
            onClick={(e) => open(e, ref)}
            className="measure-link"
            data-measure-link={ref.id}
          >
            {part.text}
          </a>
        ) : (
          part.text
        );
      })}
    </>
  );
}
