/**
 * What the map loads right after it is first drawn, in a chunk of its own so the first map's
 * script stays small: d3-zoom and what uses it, the map's keys, the zoom buttons, the tooltip,
 * the live region that announces the month, and the panel's timeline strip (a panel opens
 * after the map, so it finds the chunk loaded; a chunk of the strip's own made the bundler
 * split the first map's script in two).
 */
export { attachZoom } from './attachZoom';
export { DateAnnouncer } from './DateAnnouncer';
export { mapKey } from './mapKeys';
export { ZoomControls } from './ZoomControls';
export { Tooltip } from './Tooltip';
export { TimelineStrip } from '../DetailsPanel/TimelineStrip';
