/**
 * What the map loads right after it is first drawn, in a chunk of its own so the first map's
 * script stays small: d3-zoom and what uses it, the map's keys, the zoom buttons, the tooltip
 * and the live region that announces the month.
 */
export { attachZoom } from './attachZoom';
export { DateAnnouncer } from './DateAnnouncer';
export { mapKey } from './mapKeys';
export { ZoomControls } from './ZoomControls';
export { Tooltip } from './Tooltip';
