/** The lens picker: what the colours show, a lens's argument, and the scope switch. */
export const lens = {
  'lens.legend': 'What the colours show',
  'lens.kinds': 'Kinds of measure',
  'lens.basis': 'Beyond the UN',
  'lens.resolution': 'One resolution',
  'lens.joint': 'Joint commitments',
  'lens.compare': 'Compare two dates',
  'lens.hint.kinds': 'How many kinds of measure each state had in force.',
  'lens.hint.basis':
    'Whether a state went beyond what the UN Security Council required, or only gave its resolutions effect.',
  'lens.hint.resolution': 'Which states had given one resolution national legal effect.',
  'lens.hint.joint': 'How many of the coalition’s joint actions each state had joined.',
  'lens.hint.compare':
    'Who joined, who left and who stayed between the timeline’s date and another.',
  'lens.resolutionLabel': 'Resolution',
  'lens.compareLabel': 'Compare with',
  'lens.compareMonth': 'Month to compare with',
  'lens.compareYear': 'Year to compare with',
  'scope.legend': 'Measures counted',
  'scope.all': 'All measures',
  'scope.autonomous': 'Only measures beyond the UN',
} as const;
