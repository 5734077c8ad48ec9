import { addMonths } from '../model/month';
import { SPEED_MS, type AppStore } from './store';

/**
 * Drives play: while `playing`, advance one month per tick at the chosen speed, and stop on
 * the last month. Pressing play on the last month starts again from the first. Lives outside
 * React so a re-render can never double the timer. Returns a function that stops it.
 */
export function startPlayer(
  store: AppStore,
  timers: Pick<Window, 'setInterval' | 'clearInterval'> = window,
): () => void {
  let timer: number | null = null;

  const tick = () => {
    const s = store.getState();
    if (s.load.status !== 'ready') return s.setPlaying(false);
    const { maxMonth } = s.load.ctx;
    if (s.view.date >= maxMonth) return s.setPlaying(false);
    s.setDate(addMonths(s.view.date, 1));
    if (store.getState().view.date >= maxMonth) s.setPlaying(false);
  };

  const sync = () => {
    const { playing, speed } = store.getState();
    if (timer !== null) timers.clearInterval(timer);
    timer = null;
    if (playing) timer = timers.setInterval(tick, SPEED_MS[speed]);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing === prev.playing && s.speed === prev.speed) return;
    if (
      s.playing &&
      !prev.playing &&
      s.load.status === 'ready' &&
      s.view.date >= s.load.ctx.maxMonth
    ) {
      s.setDate(s.load.ctx.minMonth);
    }
    sync();
  });
  return () => {
    unsubscribe();
    if (timer !== null) timers.clearInterval(timer);
  };
}
