import { memo, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { Month } from '../../model/month';
import { jointMarks, membersOf, type JointMark } from '../../model/timeline';
import type { ActorId, JointAction } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { useLang, useT } from '../useT';
import { END } from './EventMarkers';
import { MIN_MARK_GAP_PX, useTrackWidth } from './useTrackWidth';

interface Props {
  readonly actions: readonly JointAction[];
  readonly min: Month;
  readonly max: Month;
  readonly onJump: (month: Month) => void;
}

/**
 * The coalition's joint actions on the track, under the joint lens. Hovering or focusing a mark
 * outlines its members on the map (a transient highlight: the URL keeps the view's own); its
 * list names each action, and hovering or focusing one outlines that action's members alone.
 * Clicking goes to the action's month. Nothing here shows the date, so a step re-renders none.
 */
export default memo(function JointMarks({ actions, min, max, onJump }: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const width = useTrackWidth(list);
  const [open, setOpen] = useState<Month | null>(null);
  const highlight = useAppStore((s) => s.setTransientHighlight);
  const marks = useMemo(
    () => jointMarks({ min, max }, actions, MIN_MARK_GAP_PX / width),
    [actions, min, max, width],
  );
  const close = useCallback(
    (month: Month) => {
      setOpen((m) => (m === month ? null : m));
      highlight([]);
    },
    [highlight],
  );
  // The outline lasts only while a mark is pointed at: leaving the lens takes it away too.
  useEffect(() => () => highlight([]), [highlight]);

  return (
    <ol className="joint-marks" aria-label={t('timeline.jointActions')} ref={list}>
      {marks.map((mark) => (
        <Mark
          key={mark.month}
          mark={mark}
          isOpen={open === mark.month}
          onOpen={setOpen}
          onClose={close}
          onHighlight={highlight}
          onJump={onJump}
        />
      ))}
    </ol>
  );
});

interface MarkProps {
  readonly mark: JointMark;
  readonly isOpen: boolean;
  readonly onOpen: (month: Month) => void;
  readonly onClose: (month: Month) => void;
  readonly onHighlight: (ids: readonly ActorId[]) => void;
  readonly onJump: (month: Month) => void;
}

const Mark = memo(function Mark({ mark, isOpen, onOpen, onClose, onHighlight, onJump }: MarkProps) {
  const t = useT();
  const lang = useLang();
  const all = useMemo(() => membersOf(mark.actions), [mark]);
  const name = mark.actions
    .map((a) =>
      t('timeline.jointMark', {
        title: a.title,
        date: formatPartialDate(a.date, lang),
        count: a.members.length,
      }),
    )
    .join(' ');
  const enter = () => {
    onOpen(mark.month);
    onHighlight(all);
  };
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(mark.month);
  };
  return (
    <li
      style={{ left: `${mark.position * 100}%` }}
      className={mark.position > END ? 'end' : undefined}
      onMouseEnter={enter}
      onMouseLeave={() => onClose(mark.month)}
      onBlur={onBlur}
    >
      <button
        type="button"
        className={`joint-mark${mark.actions.length > 1 ? ' cluster' : ''}`}
        aria-label={name}
        data-month={mark.month}
        data-joint-ids={mark.actions.map((a) => a.id).join(' ')}
        onFocus={enter}
        onMouseEnter={() => onHighlight(all)}
        onClick={() => onJump(mark.month)}
      />
      {isOpen && (
        <div
          className="event-popup joint-popup"
          role="group"
          aria-label={t('timeline.jointActions')}
        >
          {mark.actions.map((a) => (
            <button
              key={a.id}
              type="button"
              className="event-item"
              data-joint-id={a.id}
              onMouseEnter={() => onHighlight(a.members)}
              onFocus={() => onHighlight(a.members)}
              onClick={() => onJump(a.month)}
            >
              <span className="event-date">{formatPartialDate(a.date, lang)}</span> {a.title}{' '}
              <span className="event-date">
                ({t('timeline.jointMembers', { count: a.members.length })})
              </span>
            </button>
          ))}
        </div>
      )}
    </li>
  );
});
