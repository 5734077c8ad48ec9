import type { Month } from '../model/month';

/** What decoding needs to know to keep every value valid: the timeline, actors, resolutions. */
export interface ViewContext {
  readonly minMonth: Month;
  readonly maxMonth: Month;
  /** The date a view gets when none (or a bad one) is given: the current month. */
  readonly defaultMonth: Month;
  readonly isActor: (id: string) => boolean;
  readonly isResolution: (id: string) => boolean;
}
