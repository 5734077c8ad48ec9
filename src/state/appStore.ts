import { createAppStore } from './store';

/** The app's one store. Components read it through named selectors (`selectors.ts`). */
export const useAppStore = createAppStore();
