import { useEffect } from 'react';

/** How long the pointer rests before the controls fade. */
export const IDLE_MS = 2500;
const ATTR = 'data-idle';

/**
 * Hides the controls of presentation mode until the pointer moves, and again once it rests:
 * marks `<html data-idle>`, which Present.css reads. A Tab shows them, so the keyboard can reach
 * them too. Starts idle, so a projected page shows only the map, the date and the legend.
 */
export function useIdle(root: HTMLElement = document.documentElement, ms = IDLE_MS): void {
  useEffect(() => {
    let timer: number | undefined;
    const rest = () => root.setAttribute(ATTR, '');
    const wake = () => {
      root.removeAttribute(ATTR);
      window.clearTimeout(timer);
      timer = window.setTimeout(rest, ms);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') wake();
    };
    rest();
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', onKey);
      root.removeAttribute(ATTR);
    };
  }, [root, ms]);
}
