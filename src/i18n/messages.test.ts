import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { en, type Messages } from './messages/en';

/**
 * Every language's catalog against the English one: the same keys, no more, no fewer, and in
 * each message the same slots, so a translation can neither drop a value nor ask for one that
 * is never given. A key added in English without its translation fails here.
 */
const modules = import.meta.glob<Record<string, Messages>>('./messages/*.ts', { eager: true });

function catalog(lang: string): Messages | undefined {
  return modules[`./messages/${lang}.ts`]?.[lang];
}

/** The names of a message's slots, `{name}` and `{name, plural, ...}`, with those inside branches. */
function slotsOf(template: string): string[] {
  const out = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while ((i = text.indexOf('{', i)) >= 0) {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      const inner = text.slice(i + 1, j);
      const plural = /^(\w+),\s*plural,(.*)$/s.exec(inner);
      if (plural) {
        out.add(plural[1] ?? '');
        // Each branch `key {text}`: the text may hold slots of its own.
        const body = plural[2] ?? '';
        let k = 0;
        while ((k = body.indexOf('{', k)) >= 0) {
          let d = 0;
          let e = k;
          for (; e < body.length; e++) {
            if (body[e] === '{') d++;
            else if (body[e] === '}' && --d === 0) break;
          }
          walk(body.slice(k + 1, e));
          k = e + 1;
        }
      } else out.add(inner);
      i = j + 1;
    }
  };
  walk(template);
  return [...out].sort();
}

describe('slotsOf', () => {
  it.each([
    ['no slots', []],
    ['{a} and {b}', ['a', 'b']],
    ['{count, plural, one {# state in {month}} other {# states}}', ['count', 'month']],
    ['{n, plural, other {#개국}}', ['n']],
  ])('%s', (template, slots) => {
    expect(slotsOf(template)).toEqual(slots);
  });
});

describe.each(LANGS.filter((l) => l !== 'en'))('the %s messages', (lang) => {
  const messages = catalog(lang);

  it('exist as messages/<lang>.ts', () => {
    expect(messages).toBeDefined();
  });

  it('have every English key and no other', () => {
    const keys = Object.keys(messages ?? {}).sort();
    const english = Object.keys(en).sort();
    expect(
      english.filter((k) => !keys.includes(k)),
      'missing',
    ).toEqual([]);
    expect(
      keys.filter((k) => !english.includes(k)),
      'not in English',
    ).toEqual([]);
  });

  it('fill the same slots as the English ones', () => {
    const differ = Object.entries(en)
      .filter(([key, text]) => {
        const own = messages?.[key as keyof Messages];
        return own !== undefined && slotsOf(own).join() !== slotsOf(text).join();
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('give every plural an `other` branch and no message is left empty', () => {
    for (const [key, text] of Object.entries(messages ?? {})) {
      expect(text.trim(), key).not.toBe('');
      for (const m of text.matchAll(/\{\w+,\s*plural,/g)) {
        expect(text.slice(m.index), key).toMatch(/^\{\w+,\s*plural,[^]*?\bother\s*\{/);
      }
    }
  });
});
