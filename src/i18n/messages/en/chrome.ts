/**
 * The page's own controls, shown with the first map: the toolbar's buttons (which open parts
 * loaded later, with the rest of the text), the view tabs, the state picker, the embed's footer
 * and the note on a pinned link. Everything else a part shows is in its own file, loaded with it.
 */
export const chrome = {
  'cite.open': 'Cite',
  'cite.openView': 'Cite this view',
  'print.open': 'Print handout',
  'print.hint':
    'A handout of this month: the map, its legend, the states and their measures, the sources',
  'picker.label': 'Details for',
  'picker.none': 'Choose a state, the EU or the UN…',
  'present.open': 'Present',
  'present.openHint': 'Full screen, large type, keys for a classroom (F)',
  'present.leave': 'Leave presentation',
  'keys.open': 'Keys',
  'stories.open': 'Stories',
  'embed.credit':
    'Sanctions Coalition Map · Source: sourced national measures, data version {version} (updated {date}), CC BY 4.0',
  'embed.openFull': 'Open this view in the full map ↗',
  'pin.stale':
    'The data has been updated since this link was made: the map shows the current data.',
  'pin.current': 'Link to this view on the current data',
  'pin.dismiss': 'Dismiss',
  'share.open': 'Share or download',
  'tabs.label': 'Show the view as',
  'tabs.map': 'Map',
  'tabs.table': 'Table',
  'table.loading': 'Loading the table…',
} as const;
