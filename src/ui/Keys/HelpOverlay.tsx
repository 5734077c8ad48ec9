import { useEffect, useId, useRef } from 'react';
import type { MessageKey } from '../../i18n/messages/en';
import { useT } from '../useT';
import './help.css';

/** The keys of keymap.ts, as the help lists them: the key, then what it does. */
const KEYS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['key.arrows', 'keys.months'],
  ['key.shiftArrows', 'keys.years'],
  ['key.space', 'keys.play'],
  ['key.homeEnd', 'keys.ends'],
  ['key.pages', 'keys.pages'],
  ['key.digits', 'keys.steps'],
  ['key.arrows', 'keys.storyArrows'],
  ['key.homeEnd', 'keys.storyEnds'],
  ['key.f', 'keys.present'],
  ['key.question', 'keys.help'],
  ['key.escape', 'keys.escape'],
];

/** The list of the page's keys, opened with `?` or the Keys button; `?` or Escape closes it. */
export default function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, [onClose]);
  return (
    <dialog
      ref={dialog}
      className="help-overlay"
      aria-labelledby={titleId}
      data-testid="help"
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <h2 id={titleId}>{t('keys.title')}</h2>
      <p>{t('keys.intro')}</p>
      <table>
        <tbody>
          {KEYS.map(([key, what]) => (
            <tr key={what}>
              <th scope="row">
                <kbd>{t(key)}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => dialog.current?.close()}>
        {t('keys.close')}
      </button>
    </dialog>
  );
}
