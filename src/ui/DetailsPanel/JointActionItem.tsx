import { memo } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { JointAction } from '../../model/types';
import { useLang, useT } from '../useT';
import { SourceLink } from './SourceLink';

/** One joint action the actor joined: what, when, what the members committed to, on whose word. */
export const JointActionItem = memo(function JointActionItem({ action }: { action: JointAction }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="joint-action" data-joint-id={action.id}>
      <p className="joint-head">
        <span className="chip">{t(`jointKind.${action.kind}`)}</span>{' '}
        <time dateTime={action.date}>{formatPartialDate(action.date, lang)}</time>
      </p>
      <p className="measure-summary">{action.title}</p>
      <p className="joint-commitment">{action.commitment}</p>
      <p className="sources-label">{t('panel.sources')}</p>
      <ul className="sources">
        {action.sources.map((s, i) => (
          <SourceLink key={i} source={s} />
        ))}
      </ul>
    </li>
  );
});
