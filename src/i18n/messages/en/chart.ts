/** The coalition chart under the map. */
export const chart = {
  'chart.title': 'How the coalition grew',
  'chart.label':
    'Chart of the number of states with each kind of measure in force, month by month. Arrow keys move through the months, Page keys by a year; Enter shows the month on the map.',
  'chart.hint':
    'Hover, or focus the chart and use the arrow keys, to read the counts; click or press Enter to show that month on the map.',
  'chart.total': 'Any kind shown',
  'chart.states': 'States',
  'chart.count': '{count, plural, one {# state} other {# states}}',
  'chart.events': 'Events on the timeline',
  'chart.loading': 'Loading the chart…',
} as const;
