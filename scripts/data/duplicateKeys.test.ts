import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './duplicateKeys';

describe('duplicateKeys', () => {
  it.each([
    ['{}', []],
    ['[]', []],
    ['{"a": 1, "b": [1, {"a": 2}], "c": {"a": {"a": 3}}}', []],
    ['{"name": "Japan", "name": "<b>Nippon</b>"}', ['/name']],
    ['{"a": [{"x": 1}, {"x": 1, "y": 2, "x": 3}]}', ['/a/1/x']],
    ['{"a\\"b": 1, "a\\u0022b": 2}', ['/a"b']],
    ['{"a/b": {"~": 1, "~": 2}}', ['/a~1b/~0']],
    ['{"s": "a \\\\", "s": "}"}', ['/s']],
    [' { "x" : true , "x" : null , "x" : -1.5e3 } ', ['/x', '/x']],
  ])('%s -> %j', (text, expected) => {
    expect(JSON.parse(text)).toBeDefined();
    expect(duplicateKeys(text)).toEqual(expected);
  });
});
