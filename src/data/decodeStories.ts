import { CATEGORIES, normalizeCategories, type Category } from '../model/categories';
import { scanTexts } from '../model/dataBounds';
import { parseMonth, type Month } from '../model/month';
import { STORIES_FORMAT, type Story, type StoryStep } from '../model/story';
import type { ActorId } from '../model/types';
import { LENSES, SCOPES, type View } from '../model/view';
import {
  array,
  DecodeFailure,
  field,
  nonEmptyString,
  oneOf,
  optional,
  preview,
  record,
  refined,
  string,
  type Decoder,
} from './decode';

/** What a story's values are checked against: the loaded dataset and its timeline. */
export interface StoryContext {
  readonly minMonth: Month;
  readonly maxMonth: Month;
  readonly isActor: (id: string) => boolean;
  readonly isResolution: (id: string) => boolean;
  /** A measure (or an alias of one) or a timeline event of the dataset. */
  readonly isFact: (id: string) => boolean;
}

const MAX_STEPS = 9;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Refuses any field it does not know: a story is authored data, not a URL to be forgiving of. */
function only(o: Record<string, unknown>, keys: readonly string[], path: string): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) throw new DecodeFailure(`${path}/${key}`, 'is not a field of a story');
  }
}

function decodeView(ctx: StoryContext): Decoder<StoryStep['view']> {
  const month: Decoder<Month> = (value, path) => {
    const m = parseMonth(string(value, path));
    if (m === null) throw new DecodeFailure(path, `${preview(value)} is not a month`);
    if (m < ctx.minMonth || m > ctx.maxMonth)
      throw new DecodeFailure(
        path,
        `${m} is not on the timeline (${ctx.minMonth} to ${ctx.maxMonth})`,
      );
    return m;
  };
  const actor = refined(string, ctx.isActor, 'is not an actor of the dataset') as Decoder<ActorId>;
  const unique = <T>(item: Decoder<T>) =>
    refined(array(item), (l) => new Set(l).size === l.length, 'lists an item twice');
  return (value, path) => {
    const o = record(value, path);
    only(
      o,
      ['date', 'measures', 'scope', 'lens', 'compare', 'resolution', 'country', 'highlight'],
      path,
    );
    const categories = optional(o, 'measures', unique(oneOf<Category>(CATEGORIES)), path);
    const scope = optional(o, 'scope', oneOf(SCOPES), path);
    const lens = optional(o, 'lens', oneOf(LENSES), path) ?? 'kinds';
    const compare = optional(o, 'compare', month, path);
    const resolution = optional(
      o,
      'resolution',
      refined(string, ctx.isResolution, 'is not a resolution of the dataset'),
      path,
    );
    const actorId = optional(o, 'country', actor, path);
    const highlight = optional(
      o,
      'highlight',
      refined(unique(actor), (l) => l.length > 0, 'is empty'),
      path,
    );
    // A lens comes with its argument, and an argument with its lens: nothing is implied.
    if ((lens === 'compare') !== (compare !== undefined))
      throw new DecodeFailure(
        `${path}/compare`,
        lens === 'compare' ? 'is missing' : `is not for the ${lens} lens`,
      );
    if ((lens === 'resolution') !== (resolution !== undefined))
      throw new DecodeFailure(
        `${path}/resolution`,
        lens === 'resolution' ? 'is missing' : `is not for the ${lens} lens`,
      );
    const view: Partial<View> & Pick<View, 'date'> = {
      date: field(o, 'date', month, path),
      ...(categories !== undefined && { categories: normalizeCategories(categories) }),
      ...(scope !== undefined && { scope }),
      ...(o.lens !== undefined && { lens }),
      ...(compare !== undefined && { compare }),
      ...(resolution !== undefined && { resolution }),
      ...(actorId !== undefined && { actor: actorId }),
      ...(highlight !== undefined && { highlight }),
    };
    return view;
  };
}

function decodeStep(ctx: StoryContext): Decoder<StoryStep> {
  const view = decodeView(ctx);
  const fact = refined(nonEmptyString, ctx.isFact, 'is not a measure or an event of the dataset');
  return (value, path) => {
    const o = record(value, path);
    only(o, ['title', 'caption', 'view', 'backing'], path);
    return {
      title: field(o, 'title', nonEmptyString, path),
      caption: field(o, 'caption', nonEmptyString, path),
      view: field(o, 'view', view, path),
      backing: field(
        o,
        'backing',
        refined(array(fact), (l) => l.length > 0, 'names no source'),
        path,
      ),
    };
  };
}

function decodeStory(ctx: StoryContext): Decoder<Story> {
  const step = decodeStep(ctx);
  const steps = refined(
    array(step),
    (l) => l.length >= 1 && l.length <= MAX_STEPS,
    `must hold 1 to ${MAX_STEPS} steps`,
  );
  return (value, path) => {
    const o = record(value, path);
    only(o, ['id', 'title', 'summary', 'steps'], path);
    return {
      id: field(
        o,
        'id',
        refined(string, (s) => ID_RE.test(s), 'is not a story id'),
        path,
      ),
      title: field(o, 'title', nonEmptyString, path),
      summary: field(o, 'summary', nonEmptyString, path),
      steps: field(o, 'steps', steps, path),
    };
  };
}

/**
 * The compiled stories (`data/stories.json`) -> Story[], strictly: unlike the URL, which
 * forgives a bad value by falling back, a story with any bad field is refused whole, with the
 * JSON path and the reason, since a step that silently showed another view would tell the class
 * something its author did not write.
 */
export function decodeStories(json: unknown, ctx: StoryContext): Story[] {
  const o = record(json, '');
  if (o.format !== STORIES_FORMAT) {
    throw new DecodeFailure(
      '/format',
      `is ${preview(o.format)}, this app reads format ${STORIES_FORMAT}`,
    );
  }
  only(o, ['format', 'stories'], '');
  scanTexts(o, (issue) => {
    throw new DecodeFailure(issue.path, issue.reason);
  });
  const stories = field(o, 'stories', array(decodeStory(ctx)), '');
  const ids = new Set<string>();
  stories.forEach((s, i) => {
    if (ids.has(s.id)) throw new DecodeFailure(`/stories/${i}/id`, `${s.id} appears twice`);
    ids.add(s.id);
  });
  return stories;
}
