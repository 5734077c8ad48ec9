import { memo } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import { DATA_LANG } from '../../i18n/lang';
import type { JointAction } from '../../model/types';
import { useLang, useT } from '../useT';
import { SourceLink } from './SourceLink';

interface Props {
  readonly action: JointAction;
  /** Its members by name, in the order the data lists them. */
  readonly members: readonly string[];
  /** The title of the mechanism it is part of (an MSMT report, the MSMT), if any. */
  readonly partOf: string | null;
}

/**
 * One joint action the actor joined: what, when, who else, what the members committed to, on
 * whose word.
 */
export const JointActionItem = memo(function JointActionItem({ action, members, partOf }: Props) {
  const t = useT();
  const lang = useLang();
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  return (
    <li className="joint-action" data-joint-id={action.id}>
      <p className="joint-head">
        <span className="chip">{t(`jointKind.${action.kind}`)}</span>{' '}
        <time dateTime={action.date}>{formatPartialDate(action.date, lang)}</time>
      </p>
      <p className="measure-summary" lang={dataLang}>
        {action.title}
      </p>
      {partOf && <p className="joint-part-of">{t('panel.jointPartOf', { title: partOf })}</p>}
      <p className="joint-commitment" lang={dataLang}>
        {action.commitment}
      </p>
      <p className="joint-members">
        {t('panel.jointMembers', { count: members.length, names: members.join(', ') })}
      </p>
      {action.note && (
        <p className="research-note" lang={dataLang}>
          {action.note}
        </p>
      )}
      <p className="sources-label">{t('panel.sources')}</p>
      <ul className="sources">
        {action.sources.map((s, i) => (
          <SourceLink key={i} source={s} />
        ))}
      </ul>
    </li>
  );
});
