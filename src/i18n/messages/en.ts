/**
 * Every piece of interface text, in English. Other languages copy these keys (the type below
 * makes a missing key a compile error). `{name}` marks a value filled in at run time.
 */
export const en = {
  'app.title': 'The DPRK sanctions coalition',
  'app.subtitle':
    'Which states took which measures against North Korea, month by month, with a source for every fact.',
  'app.loading': 'Loading the map and its data…',
  'app.skipToTimeline': 'Skip to the timeline',

  'error.title': 'The map could not load',
  'error.network': 'Could not download {file}: {reason}. Check your connection and try again.',
  'error.http': 'Could not download {file}: {reason}.',
  'error.parse': '{file} is damaged: it {reason}.',
  'error.invalid': '{file} holds data this version of the map cannot read: at {path}, {reason}.',
  'error.retry': 'Try again',

  'category.port_ban': 'Port bans',
  'category.remittance_limit': 'Remittance limits',
  'category.labor_restriction': 'Labour restrictions',
  'category.entry_ban': 'Entry bans',
  'category.trade_ban': 'Trade bans',
  'category.financial': 'Financial',
  'category.diplomatic': 'Diplomatic',
  'category.joint_project_closure': 'Joint projects closed',
  'category.other': 'Other',

  'filters.legend': 'Measures shown',
  'filters.all': 'All',
  'filters.none': 'None',

  'legend.title': 'Kinds of measure in force',
  'legend.titleFiltered': 'Kinds of measure in force ({count} selected)',
  'legend.level': '{level}',
  'legend.levelPlus': '{level} or more',
  'legend.none': 'None in force',
  'legend.notResearched': 'Not yet researched',
  'legend.target': 'North Korea (the target)',
  'legend.noData': 'Not in the dataset',

  'timeline.label': 'Date',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.speed': 'Speed',
  'timeline.speed.slow': 'Slow',
  'timeline.speed.normal': 'Normal',
  'timeline.speed.fast': 'Fast',
  'timeline.speed.fastest': 'Fastest',
  'timeline.events': 'Key events',
  'timeline.prevEvent': 'Previous event',
  'timeline.nextEvent': 'Next event',
  'timeline.thisMonth': 'This month',
  'timeline.jumpTo': '{title}, {date}. Go to this month.',

  'eventKind.nuclear_test': 'Nuclear test',
  'eventKind.un_resolution': 'UN Security Council resolution',
  'eventKind.attack': 'Attack',
  'eventKind.closure': 'Closure',
  'eventKind.un_measure': 'UN measure',
  'eventKind.deadline': 'Deadline',
  'eventKind.diplomacy': 'Diplomacy',
  'eventKind.other': 'Event',

  'map.label':
    'World map: states coloured by how many kinds of measure they had in force against North Korea in {month}',
  'map.summary': '{count} states had at least one measure in force in {month}.',

  'tooltip.none': 'No measure in force',
  'tooltip.notResearched': 'Not yet researched',
  'tooltip.target': 'The target of the measures',
  'tooltip.noData': 'Not in the dataset',
  'tooltip.hint': 'Click for details and sources',

  'panel.close': 'Close',
  'panel.measures': 'Measures',
  'panel.inForce': 'In force',
  'panel.notInForce': 'Not in force',
  'panel.statusAt': 'In force or not, as of {month}:',
  'panel.noMeasures': 'No measure recorded.',
  'panel.research.researched': 'Researched; last checked {date}.',
  'panel.research.no-measure-found': 'Searched, no measure found; last checked {date}.',
  'panel.research.not-yet-researched':
    'Its own measures are not yet researched: that none is recorded does not mean none was taken.',
  'panel.target': 'North Korea is the target of the measures recorded here.',
  'panel.via': 'via the {bloc}',
  'panel.viaSpan': 'applies while {name} is a member: {from} to {until}',
  'panel.viaSpanOpen': 'applies while {name} is a member: from {from}',
  'panel.alignment': 'Aligned with {bloc}: {act}',
  'panel.start': 'Start',
  'panel.end': 'End',
  'panel.announced': 'Announced',
  'panel.instrument': 'Instrument',
  'panel.evidence': 'Evidence',
  'panel.caveat': 'Caveat',
  'panel.sources': 'Sources',
  'panel.ongoing': 'still in force',
  'panel.undated': 'undated',
  'panel.unsafeLink': 'link withheld: not an https address',
  'panel.checked': 'Sources checked {date}',

  'startBasis.effective': 'took effect',
  'startBasis.adopted': 'adopted',
  'startBasis.announced': 'announced',
  'startBasis.reported': 'first reported in force',
  'endReason.lifted': 'lifted',
  'endReason.relaxed': 'relaxed',
  'endReason.expired': 'expired',
  'endReason.superseded': 'superseded',
  'evidence.official': 'Official',
  'evidence.press': 'Press',
  'evidence.secondary': 'Secondary',
  'precision.year': '(year only)',
  'precision.month': '(month only)',

  'picker.label': 'Details for',
  'picker.none': 'Choose a state, the EU or the UN…',

  'footer.data': 'Data version {version}, updated {date}.',
  'footer.downloadJson': 'Download the dataset (JSON)',
  'footer.downloadCsv': 'Download the dataset (CSV)',
  'footer.credit': 'Sanctions Coalition Map. Data: CC BY 4.0.',
  'footer.method':
    'A date known only to the month or year counts from the last month it could fall in, so the map never shows a measure before the source does.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
