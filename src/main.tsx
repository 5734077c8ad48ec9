import '@fontsource-variable/inter/wght.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, load } from './ui/App';
import { ChunkBoundary } from './ui/LazySlot/ChunkBoundary';
import 'virtual:map-style.css';

// Start reading the data before React renders anything: the page's preload links have already
// started the downloads, and the first render only shows "Loading".
void load();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Last resort: a part that failed to load outside any slot of its own. */}
      <ChunkBoundary whole>
        <App />
      </ChunkBoundary>
    </StrictMode>,
  );
}
