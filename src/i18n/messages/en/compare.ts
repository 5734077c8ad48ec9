/** What the compare lens shows as lists: who joined, who left, who stayed. */
export const compare = {
  'compare.heading': 'Between {from} and {to}',
  'compare.member':
    'A member is a state with a measure of the kinds shown in force at the month; its own or its bloc’s.',
  'compare.memberAutonomous':
    'A member is a state with a measure of the kinds shown, beyond what the UN required, in force at the month.',
  'compare.joined':
    '{count, plural, =0 {No state joined} one {# state joined} other {# states joined}}',
  'compare.left': '{count, plural, =0 {No state left} one {# state left} other {# states left}}',
  'compare.stayed':
    '{count, plural, =0 {No state stayed} one {# state stayed} other {# states stayed}}',
  'compare.joinedHint': 'Members in {to}, not in {from}.',
  'compare.leftHint': 'Members in {from}, not in {to}.',
  'compare.stayedHint': 'Members in both months.',
} as const;
