import type { View } from './view';

/**
 * A guided story (`data/stories/<id>.json`): steps a teacher walks a class through. A step is a
 * View with words: the fields it gives (the date always; the measures shown, the lens, the
 * states outlined with the rest dimmed, when it wants them), the rest at their defaults; a short
 * title, a caption of a few sentences, and the ids of the dataset's measures and events whose
 * sources back what the caption says.
 */
export interface StoryStep {
  readonly title: string;
  readonly caption: string;
  readonly view: Partial<View> & Pick<View, 'date'>;
  /** Ids of measures (or their aliases) and of timeline events, in the order cited. */
  readonly backing: readonly string[];
}

export interface Story {
  readonly id: string;
  readonly title: string;
  /** One or two sentences: what the story covers, for the list of stories. */
  readonly summary: string;
  readonly steps: readonly StoryStep[];
}

/** Where the app finds the compiled stories, relative to its base; fetched when one is opened. */
export const STORIES_FILE = 'data/stories.json';
/** The compiled file's format; the decoder refuses any other. */
export const STORIES_FORMAT = 1;
