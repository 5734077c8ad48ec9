import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../state/appStore';
import { ensureStories } from '../../state/stories';
import type { AppState } from '../../state/store';
import { DATA_LANG } from '../../i18n/lang';
import { useLang, useT } from '../useT';
import './stories.css';
import { fetchFile } from '../fetchFile';

const selectStories = (s: AppState) => s.stories;

/** The list of guided stories, reachable from the toolbar; starting one closes the list. */
export default function StoryList({ base, onClose }: { base: string; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  // The stories are data: written in the dataset's language, and marked so.
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  const stories = useAppStore(selectStories);
  const openStory = useAppStore((s) => s.openStory);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    void ensureStories(useAppStore, base, fetchFile);
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
      {dataLang && (
        <p className="hint" data-testid="stories-language-note">
          {t('lang.storiesNote')}
        </p>
      )}
      {stories.status === 'error' && (
        <p role="alert">
          {t('stories.failed', {
            file: stories.error.file,
            path: stories.error.path || '/',
            reason: stories.error.reason,
          })}{' '}
          <button type="button" onClick={() => void ensureStories(useAppStore, base, fetchFile)}>
            {t('stories.retry')}
          </button>
        </p>
      )}
      {stories.status !== 'ready' && stories.status !== 'error' && (
        <p role="status">{t('stories.loading')}</p>
      )}
      {stories.status === 'ready' && (
        <ul className="stories">
          {stories.stories.map((s) => (
            <li key={s.id} data-story={s.id}>
              <h3 lang={dataLang}>{s.title}</h3>
              <p lang={dataLang}>{s.summary}</p>
              <p className="story-meta">{t('stories.steps', { count: s.steps.length })}</p>
              <button
                type="button"
                onClick={() => {
                  openStory(s.id, 1);
                  dialog.current?.close();
                }}
              >
                {t('stories.start')}: <span lang={dataLang}>{s.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
