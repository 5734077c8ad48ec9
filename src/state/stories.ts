import type { StoryContext } from '../data/decodeStories';
import type { Fetcher } from '../data/loadDataset';
import { LoadFailure } from '../data/loadDataset';
import { loadStories } from '../data/loadStories';
import type { World } from '../map/prepare';
import { STORIES_FILE } from '../model/story';
import type { AppStore } from './store';

/** What a story is checked against in the app: the world the map shows. */
export function storyContext(world: World): StoryContext {
  const events = new Set(world.dataset.events.map((e) => e.id));
  const resolutions = new Set(world.dataset.resolutions.map((r) => r.id));
  return {
    minMonth: world.range.min,
    maxMonth: world.range.max,
    isActor: (id) => world.dataset.actors.has(id as never),
    isResolution: (id) => resolutions.has(id),
    isFact: (id) => world.measureIndex.has(id) || events.has(id),
  };
}

/**
 * Loads the stories into the store, once: the first time the list or a story is opened (a
 * story permalink opens it as soon as the data is in). A failure is kept, with its file, path
 * and reason, for the story panel to show; asking again retries.
 */
export async function ensureStories(
  store: AppStore,
  base: string,
  fetcher: Fetcher,
): Promise<void> {
  const s = store.getState();
  if (s.load.status !== 'ready' || s.stories.status === 'ready' || s.stories.status === 'loading')
    return;
  s.storiesLoading();
  try {
    const stories = await loadStories(
      `${base}${STORIES_FILE}`,
      STORIES_FILE,
      fetcher,
      storyContext(s.load.world),
    );
    store.getState().storiesLoaded(stories);
  } catch (e) {
    store.getState().storiesFailed(
      e instanceof LoadFailure
        ? e.error
        : {
            kind: 'invalid',
            file: STORIES_FILE,
            path: '',
            reason: e instanceof Error ? e.message : String(e),
          },
    );
  }
}
