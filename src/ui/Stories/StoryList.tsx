import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../state/appStore';
import { ensureStories } from '../../state/stories';
import type { AppState } from '../../state/store';
import { useT } from '../useT';
import './stories.css';

const selectStories = (s: AppState) => s.stories;
const fetcher = (url: string) => window.fetch(url);

/** The list of guided stories, reachable from the toolbar; starting one closes the list. */
export default function StoryList({ base, onClose }: { base: string; onClose: () => void }) {
  const t = useT();
  const stories = useAppStore(selectStories);
  const openStory = useAppStore((s) => s.openStory);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    void ensureStories(useAppStore, base, fetcher);
  }, [base]);
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
      className="story-list"
      aria-labelledby={titleId}
      data-testid="story-list"
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <header className="story-list-head">
        <h2 id={titleId}>{t('stories.title')}</h2>
        <button
          type="button"
          className="close"
          aria-label={t('stories.close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      <p className="hint">{t('stories.intro')}</p>
      {stories.status === 'error' && (
        <p role="alert">
          {t('stories.failed', {
            file: stories.error.file,
            path: stories.error.path || '/',
            reason: stories.error.reason,
          })}
        </p>
      )}
      {stories.status !== 'ready' && stories.status !== 'error' && (
        <p role="status">{t('stories.loading')}</p>
      )}
      {stories.status === 'ready' && (
        <ul className="stories">
          {stories.stories.map((s) => (
            <li key={s.id} data-story={s.id}>
              <h3>{s.title}</h3>
              <p>{s.summary}</p>
              <p className="story-meta">{t('stories.steps', { count: s.steps.length })}</p>
              <button
                type="button"
                onClick={() => {
                  openStory(s.id, 1);
                  dialog.current?.close();
                }}
              >
                {t('stories.start')}: {s.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
