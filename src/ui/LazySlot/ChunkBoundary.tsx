import { Component, type ReactNode } from 'react';
import { useT } from '../useT';
import './chunk.css';

/**
 * Catches a part of the page that failed to load (a lazy chunk that did not arrive, or arrived
 * broken) so the rest of the page stays: without it React unmounts the whole tree, and the
 * reader is left with a blank page. A chunk import that failed is cached by React.lazy, so the
 * way back is a reload (the URL holds the view).
 */
export class ChunkBoundary extends Component<
  /** `silent`: a part the reader never sees (the offline worker) fails without a word. */
  { children: ReactNode; whole?: boolean; silent?: boolean },
  { error: string | null }
> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    if (this.props.silent) return null;
    return <ChunkFailed reason={this.state.error} whole={this.props.whole ?? false} />;
  }
}

function ChunkFailed({ reason, whole }: { reason: string; whole: boolean }) {
  const t = useT();
  return (
    <p className="chunk-failed" role="alert" data-testid="chunk-failed">
      {t(whole ? 'chunk.failedPage' : 'chunk.failed', {
        reason: reason.length > 300 ? `${reason.slice(0, 297)}...` : reason,
      })}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('chunk.reload')}
      </button>
    </p>
  );
}
