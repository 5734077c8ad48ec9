import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorName } from '../src/i18n/catalog';
import { NAME_OVERRIDES } from '../src/i18n/actorNames';
import { LANGS } from '../src/i18n/lang';
import { actorNames, dataActorIds } from './actorNames';
import { installLanguageNode } from './languagePack';
import type { ActorId } from '../src/model/types';
import { ROOT } from './world';

const ids = dataActorIds(join(ROOT, 'data'));

describe('actor names in Korean', () => {
  const names = actorNames('ko', ids);

  it('name every actor of the data, in Hangul', () => {
    expect(ids.filter((id) => !/[\uac00-\ud7a3]/.test(names[id] ?? ''))).toEqual([]);
  });

  it.each([
    ['KOR', '대한민국'],
    ['PRK', '북한'],
    ['JPN', '일본'],
    ['TWN', '대만'],
    ['HKG', '홍콩(중국 특별행정구)'],
    ['MAC', '마카오(중국 특별행정구)'],
    ['EU', '유럽연합'],
    ['UN', '유엔(안전보장이사회)'],
    ['POL', '폴란드'],
    ['TUR', '튀르키예'],
  ])('%s is %s', (id, name) => {
    expect(names[id]).toBe(name);
  });

  it('give two actors the same name nowhere', () => {
    const seen = new Map<string, string>();
    for (const id of ids) {
      const name = names[id] ?? '';
      expect(seen.get(name), `${id} and ${seen.get(name)} are both ${name}`).toBeUndefined();
      seen.set(name, id);
    }
  });
});

describe('name overrides', () => {
  it('name only actors the data has, in languages the app has', () => {
    for (const [lang, table] of Object.entries(NAME_OVERRIDES)) {
      expect(LANGS).toContain(lang);
      expect(Object.keys(table ?? {}).filter((id) => !ids.includes(id))).toEqual([]);
    }
  });
});

describe('actorName', () => {
  it('is the data’s own name in English and the pack’s once a language is installed', async () => {
    const japan = { id: 'JPN' as ActorId, name: 'Japan' };
    expect(actorName(japan, 'en')).toBe('Japan');
    await installLanguageNode('ko');
    expect(actorName(japan, 'ko')).toBe('일본');
    expect(actorName({ id: 'XXX' as ActorId, name: 'Nowhere' }, 'ko')).toBe('Nowhere');
  });
});
