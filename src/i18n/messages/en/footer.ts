/** The footer: data version, downloads, method. */
export const footer = {
  'footer.data': 'Data version {version}, updated {date}.',
  'footer.downloadView': 'Download what this map shows (CSV)',
  'footer.downloadJson': 'Download the full dataset (JSON)',
  'footer.downloadCsv': 'Download the full dataset (CSV)',
  'footer.credit': 'Sanctions Coalition Map. Data: CC BY 4.0.',
  'footer.method':
    'A date known only to the month or year counts from the last month it could fall in, so the map never shows a measure before the source does.',
} as const;
