import type { LoadError } from '../../data/loadDataset';
import { useT } from '../useT';
import './error.css';

/** Says which file failed and why, and offers to try again: never a blank page. */
export function ErrorView({ error, onRetry }: { error: LoadError; onRetry: () => void }) {
  const t = useT();
  const reason = error.reason.length > 300 ? `${error.reason.slice(0, 297)}...` : error.reason;
  return (
    <section className="error-view" role="alert" data-testid="load-error" data-kind={error.kind}>
      <h2>{t('error.title')}</h2>
      <p>{t(`error.${error.kind}`, { file: error.file, path: error.path || '/', reason })}</p>
      <button type="button" onClick={onRetry} data-testid="retry">
        {t('error.retry')}
      </button>
    </section>
  );
}
