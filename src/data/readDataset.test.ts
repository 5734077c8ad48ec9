import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileData } from '../../scripts/data/compile';
import { LoadFailure } from './loadDataset';
import { datasetFromText } from './readDataset';

const FILE = 'data/dataset.json';
const text = compileData(join(import.meta.dirname, '../../data')).json;

describe('datasetFromText, what the dataset’s worker runs on the file it is handed', () => {
  it('gives a Dataset that survives the trip back to the page (a structured clone) whole', () => {
    const dataset = datasetFromText(text, FILE);
    expect(dataset.actors.size).toBeGreaterThan(100);
    expect(structuredClone(dataset)).toEqual(dataset);
  });

  it.each([
    ['', 'parse', /is empty/],
    ['<!doctype html><p>Welcome</p>', 'parse', /is a web page/],
    [text.slice(0, 1000), 'parse', /is not valid JSON/],
    ['{"format": 0}', 'invalid', /this app reads format/],
  ])('names the file and says what is wrong (case %#)', (body, kind, reason) => {
    let error: unknown;
    try {
      datasetFromText(body, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoadFailure);
    expect((error as LoadFailure).error).toMatchObject({ kind, file: FILE });
    expect((error as LoadFailure).error.reason).toMatch(reason);
  });
});
