/**
 * What a classroom needs beyond the map, loaded together on first use: presentation mode, the
 * guided stories and their list, the list of keys. One lazy chunk rather than four: Rolldown
 * moves modules that several lazy chunks share with the page (React, the store, the messages)
 * out of the page's chunk into shared ones, which the first map would then have to fetch too.
 */
export { default as HelpOverlay } from './Keys/HelpOverlay';
export { default as PresentLayer } from './Present/PresentLayer';
export { default as StoryList } from './Stories/StoryList';
export { default as StoryPanel } from './Stories/StoryPanel';
