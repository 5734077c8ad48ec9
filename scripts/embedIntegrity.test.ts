import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedIntegrity } from './embedIntegrity';

describe('embedIntegrity', () => {
  it('is the sha384 of the file, in the form an integrity attribute takes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sri-')), 'embed.js');
    writeFileSync(file, 'alert(1)');
    // As `printf 'alert(1)' | openssl dgst -sha384 -binary | base64` gives it.
    expect(embedIntegrity(file)).toBe(
      'sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW',
    );
    expect(embedIntegrity()).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  });
});
