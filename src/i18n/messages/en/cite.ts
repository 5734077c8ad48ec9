/** Citing the dataset: a view's or a measure's permalink and citation. */
export const cite = {
  'cite.view': 'Cite this view',
  'cite.measure': 'Cite this measure',
  'cite.link': 'Permalink',
  'cite.linkHint':
    'Opens this on the map, pinned to data version {version}: a reader is told if the data has changed since.',
  'cite.citation': 'Citation',
  'cite.citationHint':
    'Names the dataset, its authors, version {version} (updated {date}) and the permalink above.',
  'cite.format': 'Format',
  'cite.format.apa': 'APA',
  'cite.format.chicago': 'Chicago',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.csl': 'CSL-JSON',
  'cite.measureLink': 'Link',
  'cite.measureLinkLabel': 'Link to this measure',
  'cite.measureCite': 'Cite',
  'cite.measureCiteLabel': 'Cite this measure',
} as const;
