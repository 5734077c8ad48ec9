/** The map and its tooltip. */
export const map = {
  'map.label': 'World map. {title}',
  'tooltip.none': 'No measure in force',
  'tooltip.notResearched': 'Not yet researched',
  'tooltip.target': 'The target of the measures',
  'tooltip.noData': 'Not in the dataset',
  'tooltip.noJoint': 'No joint action joined by this month',
  'tooltip.joint': '{count, plural, one {# joint action} other {# joint actions}} joined',
  'tooltip.hint': 'Click for details and sources',
} as const;
