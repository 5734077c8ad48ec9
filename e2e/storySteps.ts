import type { Page } from '@playwright/test';
import { compileData } from '../scripts/data/compile';
import { decodeStories } from '../src/data/decodeStories';
import type { View } from '../src/model/view';
import { viewContext } from '../src/state/boot';
import { storyContext } from '../src/state/stories';
import { defaultView, normalizeView } from '../src/state/viewFields';
import { dateLabel, expect, world } from './support';

/**
 * Starts "The rebirth of an alliance" from the story list and steps to its second step, as a
 * teacher would; checks the counter and the date, and returns the step's view. Shared by the
 * offline and single-file specs, where a story must work with no server behind the page.
 */
export async function stepIntoRebirth(page: Page): Promise<View> {
  const stories = decodeStories(JSON.parse(compileData('data').stories), storyContext(world()));
  const rebirth = stories.find((s) => s.id === 'rebirth');
  const second = rebirth?.steps[1];
  if (!rebirth || !second) throw new Error('the rebirth story has no second step');
  await page.getByTestId('stories').click();
  await page.getByRole('button', { name: `Start: ${rebirth.title}` }).click();
  await expect(page.getByTestId('step-counter')).toHaveText(`1 / ${rebirth.steps.length}`);
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-counter')).toHaveText(`2 / ${rebirth.steps.length}`);
  const view = normalizeView({ ...defaultView(viewContext(world())), ...second.view });
  await expect(dateLabel(page)).toHaveAttribute('data-month', view.date);
  return view;
}
