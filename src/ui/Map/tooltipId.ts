/** The tooltip's id: the focused state's description (aria-describedby) points at it. */
export const TOOLTIP_ID = 'map-tooltip';
