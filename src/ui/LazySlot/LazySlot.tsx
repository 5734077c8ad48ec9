import { Suspense, type ReactNode } from 'react';
import { ChunkBoundary } from './ChunkBoundary';

/** A lazily loaded part of the page: `fallback` while it loads, a note and a reload if it fails. */
export function LazySlot({
  children,
  fallback = null,
  silent = false,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  silent?: boolean;
}) {
  return (
    <ChunkBoundary silent={silent}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkBoundary>
  );
}
