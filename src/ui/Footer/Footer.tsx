import { memo } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { Dataset } from '../../model/types';
import { downloadViewCsv } from '../downloadViewCsv';
import { useLang, useT } from '../useT';
import './footer.css';

/** A version is an id (a content hash): past a line's worth it is cut, whole in `data-version`. */
function shortVersion(version: string): string {
  return version.length > 64 ? `${version.slice(0, 63)}…` : version;
}

/** Data version and date (so a citation can name them), the downloads, and the method note. */
export const Footer = memo(function Footer({ dataset, base }: { dataset: Dataset; base: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <footer className="footer" data-testid="footer">
      <p data-testid="data-version" data-version={dataset.version} data-updated={dataset.updated}>
        {t('footer.data', {
          version: shortVersion(dataset.version),
          date: formatPartialDate(dataset.updated, lang),
        })}
      </p>
      {
        <>
          <p className="downloads">
            <button
              type="button"
              className="link-button"
              data-testid="download-view-csv"
              onClick={() => void downloadViewCsv(dataset)}
            >
              {t('footer.downloadView')}
            </button>
            {/* The single file has no files beside it to download: its view's CSV is made in the page. */}
            {!import.meta.env.SINGLE_FILE && (
              <>
                {' · '}
                <a href={`${base}data/dataset.json`} download="dprk-sanctions-coalition.json">
                  {t('footer.downloadJson')}
                </a>
                {' · '}
                <a
                  href={`${base}data/dataset.csv`}
                  download="dprk-sanctions-coalition.csv"
                  data-testid="download-csv"
                >
                  {t('footer.downloadCsv')}
                </a>
              </>
            )}
          </p>
          <p className="method">{t('footer.method')}</p>
        </>
      }
      <p className="credit">{t('footer.credit')}</p>
    </footer>
  );
});
