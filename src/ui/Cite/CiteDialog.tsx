import { useEffect, useId, useRef, useState } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import { viewTitle } from '../../i18n/title';
import type { World } from '../../map/prepare';
import {
  citation,
  CITATION_FORMATS,
  type Citable,
  type CitationFormat,
} from '../../model/citation';
import { useAppStore } from '../../state/appStore';
import { measurePermalink, viewPermalink } from '../../state/permalink';
import { CopyField } from '../Share/CopyField';
import { siteAddress } from '../siteAddress';
import { useLang, useT } from '../useT';
import type { CiteTarget } from './citeTarget';
import '../Share/share.css';
import './cite.css';

/**
 * A permalink and a citation of the view or of one measure, in APA, Chicago, BibTeX or
 * CSL-JSON, each naming the dataset, its authors, version and address. Loaded only when opened.
 */
export default function CiteDialog({
  world,
  target,
  onClose,
}: {
  world: World;
  target: CiteTarget;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const chrome = useAppStore((s) => s.chrome);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<CitationFormat>('apa');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const onCancel = () => onClose();
    d.addEventListener('close', onCancel);
    return () => d.removeEventListener('close', onCancel);
  }, [onClose]);

  const { dataset } = world;
  const address = siteAddress();
  // A measure is named by the actor whose measure it is (the EU's, in a member's panel too).
  const owner =
    target.kind === 'measure'
      ? dataset.actors.get(world.measureIndex.get(target.id)?.actor ?? target.actor)
      : undefined;
  const measure =
    target.kind === 'measure' ? owner?.measures.find((m) => m.id === target.id) : undefined;
  const url =
    target.kind === 'measure'
      ? measurePermalink(address, target.actor, target.id, dataset.version)
      : viewPermalink(address, view, chrome, dataset.version);
  const what =
    target.kind === 'view' || !measure
      ? viewTitle(view, t, lang)
      : `${owner?.name ?? target.actor}: ${measure.summary}`;
  const citable: Citable = {
    authors: dataset.authors,
    title: dataset.title,
    version: dataset.version,
    updated: dataset.updated,
    url,
    ...(target.kind === 'measure' && measure && { part: { title: what, id: measure.id } }),
  };
  const text = citation(format, citable);
  const facts = { version: dataset.version, date: formatPartialDate(dataset.updated, lang) };

  return (
    <dialog
      ref={dialog}
      className="share-dialog cite-dialog"
      aria-labelledby={titleId}
      data-testid="cite-dialog"
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div className="share-body">
        <header className="share-head">
          <h2 id={titleId}>{t(target.kind === 'view' ? 'cite.view' : 'cite.measure')}</h2>
          <button
            type="button"
            className="close"
            aria-label={t('panel.close')}
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </header>
        <p className="share-view">{what}</p>

        <section>
          <h3>{t('cite.link')}</h3>
          <p className="hint">{t('cite.linkHint', facts)}</p>
          <CopyField value={url} label={t('cite.link')} testId="cite-permalink" />
        </section>

        <section>
          <h3>{t('cite.citation')}</h3>
          <p className="hint">{t('cite.citationHint', facts)}</p>
          <fieldset className="cite-formats">
            <legend className="visually-hidden">{t('cite.format')}</legend>
            {CITATION_FORMATS.map((f) => (
              <label key={f}>
                <input
                  type="radio"
                  name="cite-format"
                  value={f}
                  checked={f === format}
                  onChange={() => setFormat(f)}
                />
                {t(`cite.format.${f}`)}
              </label>
            ))}
          </fieldset>
          <CopyField
            value={text}
            label={`${t('cite.citation')} (${t(`cite.format.${format}`)})`}
            testId="citation"
            multiline
          />
        </section>
      </div>
    </dialog>
  );
}
