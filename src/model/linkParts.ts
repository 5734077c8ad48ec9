/**
 * A caveat's text cut into what can be linked: measure ids ("see kwt-2017-direct-flights-halted")
 * and https addresses, with the text between them kept as it is. Which ids are measures is the
 * caller's to say (the world's measure index, with aliases), so an id-like word that is not one
 * stays text.
 */
export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'measure'; readonly text: string; readonly id: string }
  | { readonly kind: 'url'; readonly text: string; readonly url: string };

// An https address up to white space (closing punctuation trimmed below), or a word shaped like
// a measure id: lower-case words and digits joined by hyphens, three parts at least.
const TOKEN = /https:\/\/[^\s<>"]+|\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g;
const TRAILING = /[.,;:!?)\]'"]+$/;

export function linkParts(text: string, isMeasure: (id: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const pushText = (end: number) => {
    if (end > last) parts.push({ kind: 'text', text: text.slice(last, end) });
  };
  for (const match of text.matchAll(TOKEN)) {
    let token = match[0];
    const at = match.index;
    if (token.startsWith('https://')) {
      token = token.replace(TRAILING, '');
      if (token.length <= 'https://'.length) continue;
      pushText(at);
      parts.push({ kind: 'url', text: token, url: token });
    } else if (isMeasure(token)) {
      pushText(at);
      parts.push({ kind: 'measure', text: token, id: token });
    } else continue;
    last = at + token.length;
  }
  pushText(text.length);
  return parts;
}
