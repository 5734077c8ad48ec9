import { asLoadFailure } from '../data/loadDataset';
import { worldFromText } from './readWorld';

/**
 * The map file's reader, off the page's thread: the page hands it the file's bytes, it decodes,
 * parses and checks them and writes the path strings (readWorld.ts), and sends back the world
 * or what was wrong with the file. Meanwhile the page decodes the dataset.
 */
interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorldRequest>) => void): void;
  postMessage(message: WorldReply): void;
}

export interface WorldRequest {
  readonly bytes: ArrayBuffer;
  readonly file: string;
}

export type WorldReply =
  | { readonly world: ReturnType<typeof worldFromText> }
  | { readonly error: ReturnType<typeof asLoadFailure>['error'] };

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data: { bytes, file } }) => {
  try {
    scope.postMessage({ world: worldFromText(new TextDecoder().decode(bytes), file) });
  } catch (e) {
    scope.postMessage({ error: asLoadFailure(e, file).error });
  }
});
