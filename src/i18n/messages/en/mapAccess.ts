/** Zooming the map, moving through it by keyboard, and what it says to a screen reader. */
export const mapAccess = {
  'zoom.label': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.reset': 'Reset the zoom',
  'focus.label': 'Region',
  'focus.world': 'World',
  'focus.europe': 'Europe',
  'focus.east-asia': 'East Asia',
  'focus.south-east-asia': 'South-East Asia',
  'focus.middle-east': 'Middle East',
  'focus.africa': 'Africa',
  'focus.americas': 'The Americas',
  'focus.oceania': 'Oceania',
  'map.keys':
    'Arrow keys move between states, Enter opens the one chosen, plus and minus zoom, 0 resets the zoom.',
  'map.status.kinds':
    '{name}: {count, plural, =0 {no measure in force} one {# kind of measure in force} other {# kinds of measure in force}}',
  'map.status.joint':
    '{name}: {count, plural, =0 {no joint action joined} one {# joint action joined} other {# joint actions joined}}',
  'map.status.class': '{name}: {status}',
  'map.status.unresearched': '{name}: not yet researched',
  'map.status.target': '{name}: the target of the measures',
  'map.status.unknown': '{name}: not in the dataset',
  'tooltip.hintKey': 'Press Enter for details and sources',
  'tooltip.hintTouch': 'Details and sources are in the panel',
  'strip.label':
    'Timeline of measures from {from} to {to}: one bar per measure, coloured by kind; a gap is a measure lifted, a new bar one imposed again. The list below gives each one.',
  'strip.now': 'Shown: {month}',
} as const;
