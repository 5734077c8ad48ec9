import type { Story } from '../model/story';
import { decodeStories, type StoryContext } from './decodeStories';
import { loadDecoded, type Fetcher } from './loadDataset';

/** Fetches and decodes the stories, or throws a LoadFailure naming file, JSON path and reason. */
export function loadStories(
  url: string,
  file: string,
  fetcher: Fetcher,
  ctx: StoryContext,
): Promise<Story[]> {
  return loadDecoded(url, file, fetcher, (json) => decodeStories(json, ctx));
}
