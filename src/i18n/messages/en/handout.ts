/** The offline copy's new-version prompt and the printed handout. */
export const handout = {
  'offline.update': 'A new version is available',
  'offline.reload': 'Reload',
  'offline.dismiss': 'Later',
  'print.date': 'The map as of {month}, printed {today}',
  'print.states': 'States and their measures, {month}',
  'print.noStates': 'No state had a measure of the kinds shown that month.',
  'print.state': 'State',
  'print.measures': 'Measures in force',
  'print.through': 'Through the {bloc}: {count, plural, one {# measure} other {# measures}}',
  'print.sources': 'Sources',
  'print.address': 'The live map: {address}',
} as const;
