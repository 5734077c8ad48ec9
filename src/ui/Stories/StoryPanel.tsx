import { useEffect } from 'react';
import { formatPartialDate } from '../../i18n/formatDate';
import type { World } from '../../map/prepare';
import type { StoryStep } from '../../model/story';
import { useAppStore } from '../../state/appStore';
import { selectStory } from '../../state/selectors';
import { ensureStories } from '../../state/stories';
import type { AppState } from '../../state/store';
import { SourceLink } from '../DetailsPanel/SourceLink';
import { DATA_LANG } from '../../i18n/lang';
import { useLang, useT } from '../useT';
import { stepFacts } from './stepFacts';
import './stories.css';
import { fetchFile } from '../fetchFile';

interface Props {
  readonly world: World;
  readonly base: string;
}

const selectStep = (s: AppState) => s.chrome.step;
const selectStories = (s: AppState) => s.stories;

/**
 * The facts behind a step, with their sources: what every sentence of the caption rests on.
 * Folded under a count, so the caption and the map stay in view; a click unfolds them.
 */
function StepSources({ world, step }: { world: World; step: StoryStep }) {
  const t = useT();
  const lang = useLang();
  const { facts, missing } = stepFacts(world, step.backing, lang);
  const dataLang = lang === DATA_LANG ? undefined : DATA_LANG;
  return (
    <details className="story-sources" data-testid="story-sources">
      <summary>{t('stories.sources', { count: facts.length })}</summary>
      <ol>
        {facts.map((f) => (
          <li key={f.id} data-fact={f.id} data-kind={f.kind}>
            <p className="fact">
              <strong lang={f.kind === 'event' ? dataLang : undefined}>{f.heading}</strong>{' '}
              <span className="fact-date">{formatPartialDate(f.date, lang)}</span>
              {f.kind === 'event' && <span className="fact-kind"> · {t('stories.event')}</span>}
              <br />
              <span lang={dataLang}>{f.text}</span>
            </p>
            <ul className="sources">
              {f.sources.map((s, i) => (
                <SourceLink key={i} source={s} />
              ))}
            </ul>
          </li>
        ))}
        {missing.map((id) => (
          <li key={id}>{t('stories.missingFact', { id })}</li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The open story: its step counter ("3 / 9"), the step's title and caption, the facts and
 * sources behind it, and buttons to move between steps (the number keys and, in presentation,
 * the arrow keys do the same). Each move glides the date to the step's month and sets its
 * filter, lens and outlines at once. Loaded only when a story is opened.
 */
export default function StoryPanel({ world, base }: Props) {
  const t = useT();
  // The story's own words are data, in the dataset's language.
  const dataLang = useLang() === DATA_LANG ? undefined : DATA_LANG;
  const id = useAppStore(selectStory);
  const step = useAppStore(selectStep);
  const stories = useAppStore(selectStories);
  const goToStep = useAppStore((s) => s.goToStep);
  const close = useAppStore((s) => s.closeStory);

  useEffect(() => {
    void ensureStories(useAppStore, base, fetchFile);
  }, [base]);

  const closeButton = (
    <button type="button" className="close" onClick={close} aria-label={t('stories.exit')}>
      ×
    </button>
  );
  if (stories.status === 'idle' || stories.status === 'loading') {
    return (
      <aside className="story-panel" data-status="loading" aria-busy="true">
        <p role="status">{t('stories.loading')}</p>
      </aside>
    );
  }
  if (stories.status === 'error') {
    const { file, path, reason } = stories.error;
    return (
      <aside className="story-panel" data-status="error" role="alert">
        <p>{t('stories.failed', { file, path: path || '/', reason })}</p>
        <button type="button" onClick={() => void ensureStories(useAppStore, base, fetchFile)}>
          {t('stories.retry')}
        </button>
        {closeButton}
      </aside>
    );
  }
  const story = stories.stories.find((s) => s.id === id);
  if (!story) {
    return (
      <aside className="story-panel" data-status="unknown" role="alert">
        <p>{t('stories.unknown', { id: id ?? '' })}</p>
        {closeButton}
      </aside>
    );
  }
  const count = story.steps.length;
  const at = Math.min(Math.max(step, 1), count);
  const current = story.steps[at - 1];
  if (!current) return null;
  return (
    <aside
      className="story-panel"
      aria-label={t('stories.label')}
      data-testid="story"
      data-story={story.id}
      data-step={at}
      data-status="ready"
    >
      <header className="story-head">
        <p className="story-title" lang={dataLang}>
          {story.title}
        </p>
        <p
          className="step-counter"
          data-testid="step-counter"
          aria-label={t('stories.counterLabel', { step: at, count })}
        >
          {t('stories.counter', { step: at, count })}
        </p>
        {closeButton}
      </header>
      <div className="step-body" aria-live="polite">
        <h2 className="step-title" data-testid="step-title" lang={dataLang}>
          {current.title}
        </h2>
        <p className="step-caption" data-testid="step-caption" lang={dataLang}>
          {current.caption}
        </p>
      </div>
      <nav className="step-nav" aria-label={story.title}>
        <button type="button" onClick={() => goToStep(at - 1)} disabled={at <= 1}>
          ‹ {t('stories.prev')}
        </button>
        <ol className="step-dots">
          {story.steps.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                aria-current={i + 1 === at ? 'step' : undefined}
                aria-label={`${t('stories.counterLabel', { step: i + 1, count })}: ${s.title}`}
                onClick={() => goToStep(i + 1)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => goToStep(at + 1)}
          disabled={at >= count}
          data-testid="step-next"
        >
          {t('stories.next')} ›
        </button>
      </nav>
      <StepSources key={at} world={world} step={current} />
    </aside>
  );
}
