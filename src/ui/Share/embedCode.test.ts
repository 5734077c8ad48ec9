import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

describe('embedCode', () => {
  const code = embedCode({
    src: 'https://example.org/map/?date=2017-09&embed=1&data=abc',
    script: 'https://example.org/map/embed.js',
    title: 'States with "labour" restrictions <on> the DPRK',
    still: false,
    mapAspect: 0.5,
  });

  it('frames the view with a height for a CMS that strips styles, and an aspect ratio for one that does not', () => {
    expect(code).toContain('src="https://example.org/map/?date=2017-09&amp;embed=1&amp;data=abc"');
    expect(code).toMatch(/height="(\d+)"/);
    const height = Number(/height="(\d+)"/.exec(code)?.[1]);
    expect(code).toContain(`aspect-ratio:760/${height}`);
    expect(code).toContain('height:auto');
  });

  it('escapes the title and adds the sizing script', () => {
    expect(code).toContain('title="States with &quot;labour&quot; restrictions &lt;on> the DPRK"');
    expect(code.split('\n')[1]).toBe(
      '<script src="https://example.org/map/embed.js" async></script>',
    );
  });

  it('names the script’s integrity hash, and asks for it with CORS', () => {
    const sri = embedCode({
      src: 's',
      script: 'https://example.org/map/embed.js',
      title: 't',
      integrity: 'sha384-abc+/=',
      still: false,
      mapAspect: 0.5,
    });
    expect(sri.split('\n')[1]).toBe(
      '<script src="https://example.org/map/embed.js" integrity="sha384-abc+/=" crossorigin="anonymous" async></script>',
    );
  });

  it('gives a still picture less room than an explorable map', () => {
    const still = embedCode({ src: 's', script: 'j', title: 't', still: true, mapAspect: 0.5 });
    const h = (c: string) => Number(/height="(\d+)"/.exec(c)?.[1]);
    expect(h(still)).toBeLessThan(h(code));
  });
});
