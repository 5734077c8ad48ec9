import { memo } from 'react';
import { formatMonth } from '../../i18n/formatDate';
import { useAppStore } from '../../state/appStore';
import { selectDate } from '../../state/selectors';
import { useLang, useT } from '../useT';
import { useIdle } from './useIdle';
import './Present.css';

/** The month, large enough to read from the back of a room; the only part that follows time. */
const PresentDate = memo(function PresentDate() {
  const t = useT();
  const lang = useLang();
  const date = useAppStore(selectDate);
  return (
    <p className="present-date" data-testid="present-date" data-month={date}>
      <span className="visually-hidden">{t('present.date')}: </span>
      {formatMonth(date, lang)}
    </p>
  );
});

/**
 * What presentation mode adds to the page: the big date, the idle fading of the controls, and
 * the layout (Present.css: the map filling the screen, large type, the projector palette's
 * page colours). Loaded only when presenting.
 */
export default function PresentLayer() {
  useIdle();
  return <PresentDate />;
}
