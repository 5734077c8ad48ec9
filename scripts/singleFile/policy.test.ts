import { describe, expect, it } from 'vitest';
import { inlineCode, singleFilePolicy, sourceHash } from './policy';

describe('sourceHash', () => {
  it('is the base64 SHA-256 of the exact text (the CSP specification’s own example)', () => {
    expect(sourceHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('counts every byte: white space changes the hash', () => {
    expect(sourceHash(' a')).not.toBe(sourceHash('a'));
  });
});

describe('inlineCode', () => {
  it('finds the scripts a browser runs and the styles, not data blocks or external scripts', () => {
    const html = [
      '<head><script type="module" crossorigin>run()</script>',
      '<style rel="stylesheet">a{color:red}</style>',
      '<script src="x.js"></script></head>',
      '<body><script type="application/json" data-file="data/dataset.json">{"a":1}</script>',
      '<script>classic()</script></body>',
    ].join('\n');
    expect(inlineCode(html)).toEqual({
      scripts: ['run()', 'classic()'],
      styles: ['a{color:red}'],
    });
  });

  it('takes no markup from inside a script’s text for an element', () => {
    const code =
      'const open = `<style nonce="x">`; const close = `</style>`; const s = `\\x3C/script>`;';
    expect(inlineCode(`<script type="module">${code}</script><style>b{}</style>`)).toEqual({
      scripts: [code],
      styles: ['b{}'],
    });
  });
});

describe('singleFilePolicy', () => {
  it('allows the page’s own inline code by hash and nothing from any address', () => {
    const policy = singleFilePolicy({ scripts: ['run()'], styles: ['a{}', 'a{}'] });
    expect(policy).toContain(`script-src ${sourceHash('run()')};`);
    expect(policy).toContain(`style-src ${sourceHash('a{}')};`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/'self'|unsafe-inline|https?:/);
  });

  it('allows no script at all when the page has none', () => {
    expect(singleFilePolicy({ scripts: [], styles: [] })).toContain("script-src 'none';");
  });
});
