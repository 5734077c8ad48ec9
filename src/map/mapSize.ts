/** The map's width in viewBox units; the SVG scales to its container. */
export const MAP_WIDTH = 960;
/** States whose area on the map is below this (square viewBox units) also get a dot. */
export const MIN_VISIBLE_AREA = 12;
