import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { exportName, exportPng, exportSvg, saveBlob } from '../../export/browserExport';
import { viewTitle } from '../../i18n/title';
import type { World } from '../../map/prepare';
import { CATEGORIES } from '../../model/categories';
import { useAppStore } from '../../state/appStore';
import { DEFAULT_CHROME } from '../../state/chrome';
import { viewPermalink } from '../../state/permalink';
import { encodeUrl } from '../../state/urlCodec';
import { viewFor } from '../../state/viewFields';
import { siteAddress } from '../siteAddress';
import { useLang, useT } from '../useT';
import { CopyField } from './CopyField';
import { embedCode } from './embedCode';
import './share.css';

const WIDTHS = [640, 960, 1280, 1600] as const;

/**
 * Everything a journalist takes away from the page: the permalink of the exact view (pinned to
 * its data version), the embed code, PNG and SVG pictures with title, legend, date and credit.
 * Loaded only when opened, with the export code behind it.
 */
export default function ShareDialog({ world, onClose }: { world: World; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const chrome = useAppStore((s) => s.chrome);
  const ctx = useAppStore((s) => (s.load.status === 'ready' ? s.load.ctx : null));
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [still, setStill] = useState(false);
  const [width, setWidth] = useState<number>(960);
  const [outlines, setOutlines] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const onCancel = () => onClose();
    d.addEventListener('close', onCancel);
    return () => d.removeEventListener('close', onCancel);
  }, [onClose]);

  // The published address when the build names one (CANONICAL_URL), else this page's own.
  const site = siteAddress();
  const version = world.dataset.version;
  const permalink = viewPermalink(site, view, chrome, version);
  const code = useMemo(() => {
    if (!ctx) return '';
    const src = `${site}${encodeUrl(
      viewFor(view, 'embed', ctx),
      { ...DEFAULT_CHROME, embed: true, timeline: !still, lang: chrome.lang },
      version,
    )}`;
    return embedCode({
      src,
      script: `${site}embed.js`,
      integrity: import.meta.env.EMBED_INTEGRITY,
      title: viewTitle(view, t, lang),
      still,
      mapAspect: world.geometry.height / world.geometry.width,
    });
  }, [ctx, site, view, still, chrome.lang, version, t, lang, world.geometry]);

  const address = site;
  const picture = ctx ? viewFor(view, 'export', ctx) : view;
  const download = async (format: 'png' | 'svg') => {
    setBusy(format);
    setError(null);
    try {
      const blob =
        format === 'png'
          ? await exportPng(world, picture, { width, lang, address })
          : await exportSvg(world, picture, { width, lang, outlines, address });
      saveBlob(blob, exportName(picture, format, CATEGORIES.length));
    } catch (e) {
      setError(t('share.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={titleId}
      data-testid="share-dialog"
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div className="share-body">
        <header className="share-head">
          <h2 id={titleId}>{t('share.title')}</h2>
          <button
            type="button"
            className="close"
            aria-label={t('panel.close')}
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </header>
        <p className="share-view">{viewTitle(view, t, lang)}</p>

        <section>
          <h3>{t('share.link')}</h3>
          <p className="hint">{t('share.linkHint')}</p>
          <CopyField value={permalink} label={t('share.link')} testId="permalink" />
        </section>

        <section>
          <h3>{t('share.embed')}</h3>
          <p className="hint">{t('share.embedHint')}</p>
          <label className="option">
            <input type="checkbox" checked={still} onChange={(e) => setStill(e.target.checked)} />{' '}
            {t('share.still')}
          </label>
          <CopyField value={code} label={t('share.embed')} testId="embed-code" multiline />
        </section>

        <section>
          <h3>{t('share.picture')}</h3>
          <p className="hint">{t('share.pictureHint')}</p>
          <div className="picture-options">
            <label>
              {t('share.width')}{' '}
              <select value={width} onChange={(e) => setWidth(Number(e.target.value))}>
                {WIDTHS.map((w) => (
                  <option key={w} value={w}>
                    {t('share.widthOption', { width: w, png: w * 2 })}
                  </option>
                ))}
              </select>
            </label>
            <label className="option">
              <input
                type="checkbox"
                checked={outlines}
                onChange={(e) => setOutlines(e.target.checked)}
              />{' '}
              {t('share.outlines')}
            </label>
          </div>
          <div className="picture-buttons">
            <button
              type="button"
              onClick={() => void download('png')}
              disabled={busy !== null}
              data-testid="download-png"
            >
              {busy === 'png' ? t('share.making') : t('share.png')}
            </button>
            <button
              type="button"
              onClick={() => void download('svg')}
              disabled={busy !== null}
              data-testid="download-svg"
            >
              {busy === 'svg' ? t('share.making') : t('share.svg')}
            </button>
          </div>
          {error && (
            <p className="share-error" role="alert">
              {error}
            </p>
          )}
        </section>
      </div>
    </dialog>
  );
}
