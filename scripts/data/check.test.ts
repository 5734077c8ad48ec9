import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData } from './check';
import { formatProblem } from './problem';

/**
 * One broken fixture per rule: copy the small valid fixture, break one thing, and assert the
 * exact one-line message the checker prints (file, JSON path, reason).
 */
const VALID = join(import.meta.dirname, 'fixtures/valid');
const dirs: string[] = [];

type Json = Record<string, unknown> & { measures?: Record<string, unknown>[] };

function fixture(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  edit(dir);
  return checkData(dir, dir).problems.map(formatProblem);
}

function editJson(dir: string, file: string, change: (json: Json) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

function firstMeasure(json: Json): Record<string, unknown> {
  const m = json.measures?.[0];
  if (!m) throw new Error('fixture has no measure');
  return m;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data check', () => {
  it('passes the valid fixture', () => {
    expect(fixture(() => {})).toEqual([]);
  });

  it('names a file that is not JSON', () => {
    const problems = fixture((dir) =>
      writeFileSync(join(dir, 'states/JPN.json'), '{"actor": "JPN",'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^states\/JPN\.json: is not valid JSON \(.+\)$/);
  });

  it('names a file whose keys repeat, where the last would silently win', () => {
    const problems = fixture((dir) => {
      const path = join(dir, 'states/JPN.json');
      const text = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        text.replace('"name": "Japan",', '"name": "Japan", "name": "<b>Nippon</b>",'),
      );
    });
    expect(problems).toEqual([
      'states/JPN.json: /name: appears twice in one object: JSON keeps the last silently, so say it once',
    ]);
  });

  it('names a file that starts with a byte order mark, in one line', () => {
    const problems = fixture((dir) => {
      const path = join(dir, 'meta.json');
      writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    });
    expect(problems).toEqual([
      'meta.json: starts with a byte order mark (BOM): save it as UTF-8 without one',
    ]);
  });

  it('keeps a parser message that quotes a line break on one line', () => {
    const problems = fixture((dir) =>
      writeFileSync(join(dir, 'states/JPN.json'), '{\n  "actor": "JPN",\n  oops\n}'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^states\/JPN\.json: is not valid JSON \(.+\)$/);
    expect(problems[0]).not.toContain('\n');
  });

  it('names a folder that is named like a data file, rather than calling it missing', () => {
    const problems = fixture((dir) => mkdirSync(join(dir, 'states/ZZZ.json')));
    expect(problems).toEqual(['states/ZZZ.json: is a folder, not a data file']);
  });

  it('names a file whose ending is in the wrong case, rather than skipping it', () => {
    const problems = fixture((dir) =>
      writeFileSync(join(dir, 'states/FRA.JSON'), '{"actor": "FRA"}'),
    );
    expect(problems).toEqual([
      'states/FRA.JSON: ends in ".JSON", not ".json", so the check and the build would skip it',
    ]);
  });

  it('names a missing required file', () => {
    expect(fixture((dir) => rmSync(join(dir, 'meta.json')))).toEqual(['meta.json: is missing']);
  });

  describe('schema', () => {
    it('reports a missing field', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/JPN.json', (j) => delete firstMeasure(j).summary),
      );
      expect(problems).toEqual(['states/JPN.json: /measures/0/summary: is missing']);
    });

    it('reports a category outside the vocabulary', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).category = 'sanctions')),
      );
      expect(problems).toEqual([
        'states/JPN.json: /measures/0/category: "sanctions" is not one of port_ban, remittance_limit, labor_restriction, entry_ban, trade_ban, financial, diplomatic, joint_project_closure, vessel_deregistration, cooperation_suspension, other',
      ]);
    });

    it('reports a field the schema does not know', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).severity = 3)),
      );
      expect(problems).toEqual([
        'states/JPN.json: /measures/0/severity: is not a field this file may have',
      ]);
    });

    it('reports a date in the wrong form', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).start = '10 February 2016')),
      );
      expect(problems).toEqual([
        'states/JPN.json: /measures/0/start: "10 February 2016" is not a date',
      ]);
    });
  });

  it('refuses a code that is not ISO 3166-1 alpha-3', () => {
    const problems = fixture((dir) => {
      const json = readFileSync(join(dir, 'states/KOR.json'), 'utf8').replaceAll('"KOR"', '"KRX"');
      writeFileSync(join(dir, 'states/KRX.json'), json);
      rmSync(join(dir, 'states/KOR.json'));
      editJson(
        dir,
        'events.json',
        (j) => ((j.events as { actors: string[] }[])[0]!.actors = ['KRX']),
      );
      editJson(
        dir,
        'reference/members.json',
        (j) => (j.members = ['DEU', 'JPN', 'KRX', 'NOR', 'PRK']),
      );
      editJson(dir, 'reference/m49-regions.json', (j) => {
        (j.states as { state: string }[])[2]!.state = 'KRX';
      });
    });
    expect(problems).toEqual(['states/KRX.json: /actor: "KRX" is not an ISO 3166-1 alpha-3 code']);
  });

  describe('text', () => {
    it.each([
      ['J\u0000apan', 'holds a control character (U+0000) at character 2'],
      ['\u200b\u200c', 'holds only invisible characters'],
      [
        '\u202enapaJ',
        'holds a bidirectional control (U+202E) at character 1, which can reverse how the text reads',
      ],
      [
        'Japan\u2067',
        'holds a bidirectional control (U+2067) at character 6, which can reverse how the text reads',
      ],
    ])('refuses a name %j', (name, reason) => {
      const problems = fixture((dir) => editJson(dir, 'states/JPN.json', (j) => (j.name = name)));
      expect(problems).toEqual([`states/JPN.json: /name: ${reason}`]);
    });

    it('bounds the length of a summary, a quote and a story caption', () => {
      const problems = fixture((dir) => {
        editJson(dir, 'states/JPN.json', (j) => {
          const m = firstMeasure(j);
          m.summary = 's'.repeat(601);
          (m.sources as { quote?: string }[])[0]!.quote = 'q'.repeat(1001);
        });
      });
      expect(problems).toEqual([
        'states/JPN.json: /measures/0/summary: is 601 characters long; the most this field may hold is 600',
        'states/JPN.json: /measures/0/sources/0/quote: is 1001 characters long; the most this field may hold is 1000',
      ]);
    });

    it('checks the text of every file, stories too', () => {
      const problems = fixture((dir) => {
        editJson(dir, 'meta.json', (j) => (j.title = 't'.repeat(301)));
        editJson(dir, 'events.json', (j) => {
          (j.events as { title: string }[])[0]!.title = 'A test\u0007';
        });
        editJson(dir, 'stories/demo.json', (j) => {
          (j.steps as { caption: string }[])[0]!.caption = '\u2066';
        });
      });
      expect(problems).toEqual([
        'events.json: /events/0/title: holds a control character (U+0007) at character 7',
        'meta.json: /title: is 301 characters long; the most this field may hold is 300',
        'stories/demo.json: /steps/0/caption: holds a bidirectional control (U+2066) at character 1, which can reverse how the text reads',
      ]);
    });
  });

  it('refuses an actor that does not match its file name', () => {
    const problems = fixture((dir) => editJson(dir, 'states/DEU.json', (j) => (j.actor = 'AUT')));
    expect(problems).toEqual([
      'states/DEU.json: /actor: "AUT" does not match the file name DEU.json',
    ]);
  });

  it('refuses a measure filed under another state', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).state = 'KOR')),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures/0/state: "KOR" is not this file\'s actor JPN',
    ]);
  });

  it('refuses a date that is not on the calendar', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).start = '2016-13-01')),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures/0/start: "2016-13-01" is not a date: there is no month 13',
    ]);
  });

  it.each([
    ['0216-07-05', 'the year 216 is outside 1900-2100'],
    ['0001', 'the year 1 is outside 1900-2100'],
    ['2916-07', 'the year 2916 is outside 1900-2100'],
  ])("refuses a typo'd year: %s", (start, why) => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).start = start)),
    );
    expect(problems).toEqual([
      `states/JPN.json: /measures/0/start: "${start}" is not a date the map can show: ${why}`,
    ]);
  });

  it('refuses a start after the dataset was updated, which the map would never show', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => {
        const m = firstMeasure(j);
        m.start = '2026-12';
        delete m.end;
        delete m.endReason;
      }),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures/0/start: "2026-12" is after the dataset\'s updated date 2026-11-28 (meta.json)',
    ]);
  });

  it('refuses the 29th of February in a common year', () => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'states/KOR.json',
        (j) => ((firstMeasure(j).sources as { date: string }[])[0]!.date = '2017-02-29'),
      ),
    );
    expect(problems).toEqual([
      'states/KOR.json: /measures/0/sources/0/date: "2017-02-29" is not a date: that day is not on the calendar',
    ]);
  });

  it('refuses an end before the start', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => (firstMeasure(j).end = '2005-12')),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures/0/end: "2005-12" is before the start "2006-10"',
    ]);
  });

  it('asks why a measure ended', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => delete firstMeasure(j).endReason),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures/0/endReason: is missing: a measure that ended says why (lifted, relaxed, expired, superseded)',
    ]);
  });

  it('refuses an id used twice, naming the first use', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/KOR.json', (j) => (firstMeasure(j).id = 'jpn-2016-port-ban')),
    );
    expect(problems).toEqual([
      'states/KOR.json: /measures/0/id: "jpn-2016-port-ban" is already used (states/JPN.json /measures/1/id)',
    ]);
  });

  it('refuses a measure without a source', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/KOR.json', (j) => (firstMeasure(j).sources = [])),
    );
    expect(problems).toEqual(['states/KOR.json: /measures/0/sources: has no source']);
  });

  it.each([
    ['http://example.org/a', '"http://example.org/a" is not an https URL'],
    ['javascript:alert(1)', '"javascript:alert(1)" is not an https URL'],
    ['https://user:pw@example.org/', '"https://user:pw@example.org/" is not an https URL'],
    [
      'https://localhost/x',
      '"https://localhost/x" is on a local host name (localhost), not a public one',
    ],
    [
      'https://printer.local/x',
      '"https://printer.local/x" is on a local host name (printer.local), not a public one',
    ],
    [
      'https://127.0.0.1/admin',
      '"https://127.0.0.1/admin" is on a bare IP address (127.0.0.1, loopback), not a public host name',
    ],
    [
      'https://0x7f.1/admin',
      '"https://0x7f.1/admin" is on a bare IP address (127.0.0.1, loopback), not a public host name',
    ],
    [
      'https://10.0.0.8/',
      '"https://10.0.0.8/" is on a bare IP address (10.0.0.8, private range), not a public host name',
    ],
    [
      'https://192.168.1.1/',
      '"https://192.168.1.1/" is on a bare IP address (192.168.1.1, private range), not a public host name',
    ],
    [
      'https://[::1]/',
      '"https://[::1]/" is on a bare IP address ([::1], loopback), not a public host name',
    ],
    [
      'https://8.8.8.8/',
      '"https://8.8.8.8/" is on a bare IP address (8.8.8.8, IPv4), not a public host name',
    ],
    [
      'https://www.mofа.go.kr/',
      '"https://www.mofа.go.kr/" mixes scripts in its host name (Latin and Cyrillic in "mofа", xn--mof-8cd), as a look-alike of another site would',
    ],
  ])('refuses the source URL %s', (url, reason) => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'states/KOR.json',
        (j) => ((firstMeasure(j).sources as { url: string }[])[0]!.url = url),
      ),
    );
    expect(problems).toEqual([`states/KOR.json: /measures/0/sources/0/url: ${reason}`]);
  });

  it('refuses a bloc listed twice', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'blocs.json', (j) => {
        const blocs = j.blocs as unknown[];
        blocs.push(structuredClone(blocs[0]));
      }),
    );
    expect(problems).toContain('blocs.json: /blocs/1/id: "EU" is listed twice');
  });

  it('refuses more measures for one actor than the app reads', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'states/JPN.json', (j) => {
        const base = firstMeasure(j);
        j.measures = Array.from({ length: 2001 }, (_, i) => ({ ...base, id: `jpn-copy-${i}` }));
      }),
    );
    expect(problems).toEqual([
      'states/JPN.json: /measures: holds 2001 measures; the app reads at most 2000',
    ]);
  });

  it('refuses overlapping memberships of one bloc', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'blocs.json', (j) =>
        (j.blocs as { members: unknown[] }[])[0]!.members.push({
          state: 'DEU',
          from: '1990-10-03',
          until: '2000-01-01',
        }),
      ),
    );
    expect(problems).toEqual([
      "blocs.json: /blocs/0/members/1: DEU's membership from 1990-10-03 overlaps the one at /blocs/0/members/0",
    ]);
  });

  it('refuses a bloc member with no file', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'blocs.json', (j) =>
        (j.blocs as { members: unknown[] }[])[0]!.members.push({
          state: 'FRA',
          from: '1958-01-01',
        }),
      ),
    );
    expect(problems).toEqual([
      'blocs.json: /blocs/0/members/1/state: "FRA" has no file states/FRA.json',
    ]);
  });

  it('refuses an event about a state with no file', () => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'events.json',
        (j) => ((j.events as { actors: string[] }[])[0]!.actors = ['KOR', 'CHN']),
      ),
    );
    expect(problems).toEqual([
      'events.json: /events/0/actors/1: "CHN" has no file states/CHN.json',
    ]);
  });

  it('refuses an event on a date that does not exist', () => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'events.json',
        (j) => ((j.events as { date: string }[])[0]!.date = '2016-02-30'),
      ),
    );
    expect(problems).toEqual([
      'events.json: /events/0/date: "2016-02-30" is not a date: that day is not on the calendar',
    ]);
  });

  it('refuses alignment with something that is not a bloc', () => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'states/NOR.json',
        (j) => ((firstMeasure(j).alignment as { with: string }).with = 'UN'),
      ),
    );
    expect(problems).toEqual([
      'states/NOR.json: /measures/0/alignment/with: "UN" is not a bloc in blocs.json',
    ]);
  });

  it('requires a file for every actor on a reference list', () => {
    const problems = fixture((dir) => rmSync(join(dir, 'states/DEU.json')));
    expect(problems).toEqual([
      'blocs.json: /blocs/0/members/0/state: "DEU" has no file states/DEU.json',
      'reference/members.json: /members/0: "DEU" has no file states/DEU.json',
      'reference/m49-regions.json: /states/0/state: "DEU" has no file states/DEU.json',
    ]);
  });

  describe('M49 regions', () => {
    type Regions = { areas: Record<string, unknown>[]; states: Record<string, unknown>[] };
    const regions = (change: (j: Regions) => void) =>
      fixture((dir) =>
        editJson(dir, 'reference/m49-regions.json', (j) => change(j as unknown as Regions)),
      );
    const R = 'reference/m49-regions.json';

    it.each([
      [
        'a state with no entry',
        (j: Regions) => j.states.splice(1, 1),
        [`${R}: /states: "JPN" (states/JPN.json) has no entry`],
      ],
      [
        'an entry listed twice',
        (j: Regions) => j.states.push({ ...j.states[0] }),
        [`${R}: /states/5/state: "DEU" is listed twice`],
      ],
      [
        'an entry for a bloc',
        (j: Regions) => j.states.push({ state: 'EU', region: null, note: 'A bloc.' }),
        [`${R}: /states/5/state: "EU" is not a state: only states have a region`],
      ],
      [
        'a sub-region outside its region',
        (j: Regions) => (j.states[1]!.subRegion = '155'),
        [`${R}: /states/1/subRegion: "155" is not part of "142"`],
      ],
      [
        'a code of the wrong tier',
        (j: Regions) => (j.states[1]!.region = '030'),
        [
          `${R}: /states/1/region: "030" is a subRegion`,
          `${R}: /states/1/subRegion: "030" is not part of "030"`,
        ],
      ],
      [
        'an area not listed',
        (j: Regions) => (j.states[0]!.subRegion = '999'),
        [`${R}: /states/0/subRegion: "999" is not an area listed here`],
      ],
      [
        "an M49 code that is not the state's own",
        (j: Regions) => (j.states[0]!.m49 = '277'),
        [`${R}: /states/0/m49: "277" is not DEU's code (276)`],
      ],
      [
        'a sub-region whose parent is not a region',
        (j: Regions) => (j.areas[3]!.parent = '030'),
        [
          `${R}: /areas/3/parent: "030" is a subRegion, not a region`,
          `${R}: /states/3/subRegion: "154" is not part of "150"`,
        ],
      ],
      [
        'an area with no parent',
        (j: Regions) => delete j.areas[2]!.parent,
        [
          `${R}: /areas/2/parent: is missing: a subRegion has one`,
          `${R}: /states/1/subRegion: "030" is not part of "142"`,
          `${R}: /states/2/subRegion: "030" is not part of "142"`,
        ],
      ],
    ])('refuses %s', (_, change, expected) => {
      expect(regions(change)).toEqual(expected);
    });

    it('requires the regions file', () => {
      expect(fixture((dir) => rmSync(join(dir, R)))).toEqual([`${R}: is missing`]);
    });

    it('refuses an unclassified state without a note', () => {
      expect(regions((j) => delete j.states[4]!.note)).toEqual([
        `${R}: /states/4/note: is missing`,
      ]);
    });
  });

  it('keeps the research status honest', () => {
    const problems = fixture((dir) => {
      editJson(
        dir,
        'states/DEU.json',
        (j) => ((j.research as { status: string }).status = 'researched'),
      );
      editJson(
        dir,
        'states/KOR.json',
        (j) => ((j.research as { status: string }).status = 'not-yet-researched'),
      );
    });
    expect(problems).toEqual([
      'states/DEU.json: /research/status: "researched" but the file holds no measure',
      'states/KOR.json: /research/status: "not-yet-researched" but the file holds measures',
    ]);
  });

  it('requires the category list to be exactly the vocabulary', () => {
    const problems = fixture((dir) =>
      editJson(dir, 'categories.json', (j) => (j.categories as unknown[]).pop()),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^categories\.json: \/categories: must list exactly port_ban, .+ other in that order, not port_ban, .+ cooperation_suspension$/,
    );
  });

  it('refuses a check dated after the dataset was updated', () => {
    const problems = fixture((dir) =>
      editJson(
        dir,
        'states/JPN.json',
        (j) => ((j.research as { checked: string }).checked = '2026-12-01'),
      ),
    );
    expect(problems).toEqual([
      'states/JPN.json: /research/checked: "2026-12-01" is after the dataset\'s updated date 2026-11-28 (meta.json)',
    ]);
  });

  describe('the authors', () => {
    const withAuthors = (authors: unknown) =>
      fixture((dir) => editJson(dir, 'meta.json', (j) => (j.authors = authors)));

    it('are required', () => {
      expect(fixture((dir) => editJson(dir, 'meta.json', (j) => delete j.authors))).toEqual([
        'meta.json: /authors: is missing',
      ]);
      expect(withAuthors([])).toEqual(['meta.json: /authors: is empty']);
    });

    it('are each a person (family and given names) or one name', () => {
      expect(withAuthors([{ family: 'Doe' }])).toEqual(['meta.json: /authors/0/given: is missing']);
      expect(withAuthors([{ name: 'A', family: 'B' }])).toEqual([
        'meta.json: /authors/0/family: is not a field this file may have',
      ]);
    });

    it('name no one twice', () => {
      expect(
        withAuthors([{ name: 'Group' }, { family: 'Doe', given: 'J' }, { name: 'group ' }]),
      ).toEqual(['meta.json: /authors/2: repeats /authors/0']);
    });
  });

  describe('the basis of a measure', () => {
    const edit = (change: (m: Record<string, unknown>) => void) =>
      fixture((dir) => editJson(dir, 'states/JPN.json', (j) => change(firstMeasure(j))));

    it('is required', () => {
      expect(edit((m) => delete m.basis)).toEqual([
        'states/JPN.json: /measures/0/basis: is missing',
      ]);
    });

    it('names the resolutions a UN implementation gives effect to', () => {
      expect(edit((m) => (m.basis = 'un_implementation'))).toEqual([
        'states/JPN.json: /measures/0/resolutions: is missing: a un_implementation measure names its resolutions',
      ]);
    });

    it('lists no resolution for an autonomous measure', () => {
      expect(edit((m) => (m.resolutions = ['1718']))).toEqual([
        'states/JPN.json: /measures/0/resolutions: is not for an autonomous measure: one that also gives effect to a resolution is two measures',
      ]);
    });

    it('keeps un_resolution for the UN itself', () => {
      expect(
        edit((m) => {
          m.basis = 'un_resolution';
          m.resolutions = ['1718'];
        }),
      ).toEqual([
        'states/JPN.json: /measures/0/basis: "un_resolution" is only for the UN\'s own measures',
      ]);
    });

    it('names resolutions that exist and were adopted before the measure started', () => {
      expect(
        edit((m) => {
          m.basis = 'un_implementation';
          m.resolutions = ['9999', '2270'];
        }),
      ).toEqual([
        'states/JPN.json: /measures/0/resolutions/0: "9999" is not a resolution in resolutions.json',
        'states/JPN.json: /measures/0/resolutions/1: UNSCR 2270 was adopted on 2016-03-02, after the start 2006-10',
      ]);
    });

    it('keeps aliases unique across ids', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/JPN.json', (j) => {
          const [a, b] = j.measures ?? [];
          if (a && b) a.aliases = [String(b.id)];
        }),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /^states\/JPN\.json: \/measures\/1\/id: ".+" is already used \(states\/JPN\.json \/measures\/0\/aliases\/0\)$/,
      );
    });

    it('lists only known resolutions as searched', () => {
      const problems = fixture((dir) =>
        editJson(dir, 'states/KOR.json', (j) => {
          (j.research as Record<string, unknown>).resolutionsSearched = ['2397', '12'];
        }),
      );
      expect(problems).toEqual([
        'states/KOR.json: /research/resolutionsSearched/1: "12" is not a resolution number (3 or 4 digits)',
      ]);
    });
  });

  describe('joint actions', () => {
    const action = {
      id: 'vancouver-2018',
      date: '2018-01-16',
      kind: 'meeting',
      title: 'Vancouver meeting',
      commitment: 'To consider unilateral sanctions beyond the UN’s.',
      members: ['JPN', 'KOR'],
      sources: [{ title: 'T', publisher: 'P', date: '2018-01-16', url: 'https://example.org/v' }],
    };
    const withActions = (...actions: Record<string, unknown>[]) =>
      fixture((dir) => editJson(dir, 'joint-actions.json', (j) => (j.jointActions = actions)));

    it('passes a well-formed one', () => {
      expect(withActions(action)).toEqual([]);
    });

    it('names a member with no file', () => {
      expect(withActions({ ...action, members: ['JPN', 'XKX'] })).toEqual([
        'joint-actions.json: /jointActions/0/members/1: "XKX" has no file states/XKX.json',
      ]);
    });

    it('refuses a date after the dataset was updated', () => {
      expect(withActions({ ...action, date: '2027-01' })).toEqual([
        'joint-actions.json: /jointActions/0/date: "2027-01" is after the dataset\'s updated date 2026-11-28 (meta.json)',
      ]);
    });

    it('needs a source', () => {
      expect(withActions({ ...action, sources: [] })).toEqual([
        'joint-actions.json: /jointActions/0/sources: has no source',
      ]);
    });

    it('checks a count against the members listed, and what an act is part of', () => {
      expect(withActions({ ...action, memberCount: 1, partOf: 'msmt' })).toEqual([
        'joint-actions.json: /jointActions/0/memberCount: 1 is fewer than the 2 members listed',
        'joint-actions.json: /jointActions/0/partOf: "msmt" is not another joint action in this file',
      ]);
    });
  });

  describe('stories', () => {
    const STORY = 'stories/demo.json';
    type Step = { view: Record<string, unknown>; backing: unknown[] } & Record<string, unknown>;
    const step = (j: Json, i: number) => (j.steps as Step[])[i]!;
    const broken = (change: (j: Json) => void) => fixture((dir) => editJson(dir, STORY, change));

    it('passes a story that names real states, categories, months, measures and events', () => {
      expect(broken(() => {})).toEqual([]);
    });

    it.each<[string, (j: Json) => void, string[]]>([
      [
        'an unknown state',
        (j) => (step(j, 0).view.highlight = ['JPN', 'FRA']),
        [`${STORY}: /steps/0/view/highlight/1: "FRA" has no file states/FRA.json (step 1)`],
      ],
      [
        'a state that is not a code',
        (j) => (step(j, 1).view.country = 'Japan'),
        [
          `${STORY}: /steps/1/view/country: "Japan" is not an actor code (ISO 3166-1 alpha-3, EU or UN) (step 2)`,
        ],
      ],
      [
        'an unknown category',
        (j) => (step(j, 1).view.measures = ['port_ban', 'sanctions']),
        [
          `${STORY}: /steps/1/view/measures/1: "sanctions" is not one of port_ban, remittance_limit, labor_restriction, entry_ban, trade_ban, financial, diplomatic, joint_project_closure, vessel_deregistration, cooperation_suspension, other (step 2)`,
        ],
      ],
      [
        'a date that is not a month',
        (j) => (step(j, 0).view.date = '2016-02-10'),
        [`${STORY}: /steps/0/view/date: "2016-02-10" is not a date (step 1)`],
      ],
      [
        'a month not on the calendar',
        (j) => (step(j, 0).view.date = '2016-13'),
        [`${STORY}: /steps/0/view/date: "2016-13" is not a month (step 1)`],
      ],
      [
        'a month after the data was last updated',
        (j) => (step(j, 1).view.date = '2027-01'),
        [
          `${STORY}: /steps/1/view/date: "2027-01" is after the data's last update 2026-11-28 (step 2)`,
        ],
      ],
      [
        'a step with no source',
        (j) => (step(j, 1).backing = []),
        [
          `${STORY}: /steps/1/backing: names no measure or event: a step is backed by sources (step 2)`,
        ],
      ],
      [
        'a step that names no backing at all',
        (j) => delete (step(j, 0) as Partial<Step>).backing,
        [
          `${STORY}: /steps/0/backing: is missing: a step names the measures or events that back it (step 1)`,
        ],
      ],
      [
        'an unknown measure or event',
        (j) => (step(j, 1).backing = ['nor-2016-align-ports', 'nor-2017-port-ban', 'unscr-9999']),
        [
          `${STORY}: /steps/1/backing/1: "nor-2017-port-ban" is not a measure or an event of the data (step 2)`,
          `${STORY}: /steps/1/backing/2: "unscr-9999" is not a measure or an event of the data (step 2)`,
        ],
      ],
      [
        'a fact from after the month the step shows',
        (j) => (step(j, 0).backing = ['kaesong-closure', 'repatriation-deadline']),
        [
          `${STORY}: /steps/0/backing/1: "repatriation-deadline" dates from 2019-12-22, after the month the step shows (2016-02) (step 1)`,
        ],
      ],
      [
        'a lens without its argument',
        (j) => delete step(j, 1).view.compare,
        [
          `${STORY}: /steps/1/view/compare: is missing: the compare lens needs a date to compare with (step 2)`,
        ],
      ],
      [
        'an argument without its lens',
        (j) => (step(j, 0).view.resolution = '2270'),
        [
          `${STORY}: /steps/0/view/resolution: is only for the resolution lens, not "kinds" (step 1)`,
        ],
      ],
      [
        'a field a step may not have',
        (j) => (step(j, 0).zoom = 3),
        [`${STORY}: /steps/0/zoom: is not a field this file may have (step 1)`],
      ],
      [
        'an id that is not the file name',
        (j) => (j.id = 'other'),
        [`${STORY}: /id: "other" does not match the file name demo.json`],
      ],
    ])('refuses %s, naming file and step', (_, change, expected) => {
      expect(broken(change)).toEqual(expected);
    });

    it('refuses more steps than the number keys reach', () => {
      const problems = broken((j) => {
        const steps = j.steps as Step[];
        j.steps = Array.from({ length: 10 }, () => steps[0]);
      });
      expect(problems).toEqual([`${STORY}: /steps: has more than 9 items`]);
    });
  });
});
