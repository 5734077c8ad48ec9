import { SIZE_LIMITS } from '../../src/model/dataBounds';
import { pointer, type Problem } from './problem';
import type { CheckInput } from './rules';

/**
 * The sizes the app's decoder reads (src/model/dataBounds.ts), checked here too, so that data
 * that passes the check never meets a refusal in the browser. `characters` is the text of every
 * file together, as scanTexts counted it.
 */
export function checkSizes(input: CheckInput, characters: number, dir: string): Problem[] {
  const problems: Problem[] = [];
  const over = (file: string, path: string, count: number, max: number, what: string) => {
    if (count > max) {
      problems.push({ file, path, reason: `holds ${count} ${what}; the app reads at most ${max}` });
    }
  };
  over(input.statesDir, '', input.states.length, SIZE_LIMITS.actors, 'actors');
  let measures = 0;
  for (const { file, data } of input.states) {
    measures += data.measures.length;
    over(file, '/measures', data.measures.length, SIZE_LIMITS.measuresPerActor, 'measures');
    data.measures.forEach((m, i) =>
      over(
        file,
        `${pointer('measures', i)}/sources`,
        m.sources.length,
        SIZE_LIMITS.sourcesPerItem,
        'sources',
      ),
    );
  }
  over(input.statesDir, '', measures, SIZE_LIMITS.measures, 'measures in all');
  const lists: [string | undefined, string, number | undefined][] = [
    [input.events?.file, '/events', input.events?.data.events.length],
    [input.resolutions?.file, '/resolutions', input.resolutions?.data.resolutions.length],
    [input.jointActions?.file, '/jointActions', input.jointActions?.data.jointActions.length],
    [input.regions?.file, '/areas', input.regions?.data.areas.length],
    ...(input.blocs?.data.blocs.map(
      (b, i) =>
        [input.blocs?.file, `${pointer('blocs', i)}/members`, b.members.length] as [
          string,
          string,
          number,
        ],
    ) ?? []),
  ];
  for (const [file, path, count] of lists) {
    if (file !== undefined && count !== undefined) {
      over(file, path, count, SIZE_LIMITS.listItems, 'items');
    }
  }
  over(dir, '', characters, SIZE_LIMITS.textCharacters, 'characters of text');
  return problems;
}
