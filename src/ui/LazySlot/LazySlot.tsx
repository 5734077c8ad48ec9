import { Suspense, type ReactNode } from 'react';
import { ChunkBoundary } from './ChunkBoundary';

/** A lazily loaded part of the page: `fallback` while it loads, a note and a reload if it fails. */
export function LazySlot({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return (
    <ChunkBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkBoundary>
  );
}
