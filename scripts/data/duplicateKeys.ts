/**
 * The JSON paths of keys that appear twice in one object. `JSON.parse` keeps the last silently,
 * so `{"name": "Japan", "name": "<b>Nippon</b>"}` reads as the second while a reviewer reads the
 * first. Runs on text that `JSON.parse` has accepted, so it only has to find the keys.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    space();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      space();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        const key = string();
        const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (seen.has(key)) found.push(at);
        seen.add(key);
        space();
        i++; // the colon
        value(at);
        space();
        if (text.charAt(i++) !== ',') return;
      }
    } else if (c === '[') {
      i++;
      space();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}/${n}`);
        space();
        if (text.charAt(i++) !== ',') return;
      }
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !',]} \t\n\r'.includes(text.charAt(i))) i++;
    }
  };
  value('');
  return found;
}
