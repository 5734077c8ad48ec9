import { describe, expect, it } from 'vitest';
import { cacheVersion, precacheList } from './precache';

describe('the precache list', () => {
  it.each([
    ['index.html', true],
    ['assets/index-D0C4fJlf.js', true],
    ['assets/classroom-DOCMPeZd.css', true],
    ['assets/StateTable-U0pA1L3x.js', true],
    ['assets/inter-latin-wght-normal-Dx4kXJAl.woff2', true],
    ['data/dataset.json', true],
    ['data/stories.json', true],
    ['geo/world.json', true],
    ['assets/index-D0C4fJlf.js.map', false],
    ['assets/noto-sans-kr-1-400-normal-6NsoTk7E.woff', false],
    ['assets/noto-sans-kr-117-400-normal-1hbgQEtP.woff2', true],
    ['assets/noto-sans-kr-118-400-normal-CddPENll.woff2', true],
    ['assets/noto-sans-kr-117-700-normal-CVC-2Ls7.woff2', false],
    ['assets/noto-sans-kr-5-400-normal-Bx1.woff2', false],
    ['assets/inter-latin-ext-400-normal-77YHD8bZ.woff', false],
    ['data/dataset.csv', false],
    ['social.png', false],
    ['embed.js', false],
    ['sw.js', false],
    ['geo/countries-50m.json', false],
  ])('%s stored at install: %s', (file, stored) => {
    expect(precacheList([file])).toEqual(stored ? [file] : []);
  });

  it('is sorted, so the same build writes the same worker', () => {
    expect(precacheList(['index.html', 'geo/world.json', 'assets/b.js', 'assets/a.js'])).toEqual([
      'assets/a.js',
      'assets/b.js',
      'geo/world.json',
      'index.html',
    ]);
  });
});

describe('the cache version', () => {
  const files = new Map<string, string | Uint8Array>([
    ['index.html', '<html>'],
    ['data/dataset.json', '{}'],
  ]);

  it('is the same for the same files in any order', () => {
    expect(cacheVersion(files)).toBe(cacheVersion(new Map([...files].reverse())));
    expect(cacheVersion(files)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when any file’s content or name changes', () => {
    const version = cacheVersion(files);
    expect(cacheVersion(new Map([...files, ['data/dataset.json', '{ }']]))).not.toBe(version);
    expect(cacheVersion(new Map([...files, ['index.htm', '<html>']]))).not.toBe(version);
    // Name and content are kept apart: moving a byte from one to the other is a change.
    expect(cacheVersion(new Map([['ab', 'c']]))).not.toBe(cacheVersion(new Map([['a', 'bc']])));
  });
});
