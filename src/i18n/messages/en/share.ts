/** Sharing, embedding and exporting a view. */
export const share = {
  'export.source':
    'Source: government acts, UN documents and press reports, each cited in the Sanctions Coalition Map dataset (CC BY 4.0).',
  'export.credit': 'Sanctions Coalition Map',
  'export.creditAt': 'Sanctions Coalition Map · {address}',
  'export.version': 'Data version {version}, updated {date}',
  'share.title': 'Share or download this view',
  'share.link': 'Link to this view',
  'share.linkHint':
    'Opens this exact view, pinned to this version of the data: a reader is told if the data has changed since.',
  'share.embed': 'Embed code',
  'share.embedHint':
    'Paste into your page. The frame sizes itself to the map; it keeps a sensible size if your site removes the script.',
  'share.still': 'Still picture: no timeline',
  'share.picture': 'Picture',
  'share.pictureHint':
    'With title, legend, date, source and credit. PNG at twice the width chosen.',
  'share.width': 'Width',
  'share.widthOption': '{width} px (PNG {png} px)',
  'share.outlines': 'SVG text as outlines (for print programs that ignore embedded fonts)',
  'share.png': 'Download PNG',
  'share.svg': 'Download SVG',
  'share.making': 'Making the picture…',
  'share.failed': 'The picture could not be made: {reason}',
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.copiedLong': '{what} copied to the clipboard',
} as const;
