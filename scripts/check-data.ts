/**
 * `npm run check:data [folder]`: validates the data folder (default `data/`) and prints either
 * one line per problem (file: JSON path: reason) and exits 1, or the dataset's counts.
 */
import { resolve } from 'node:path';
import { checkData, formatCounts } from './data/check';
import { formatProblem } from './data/problem';

const dir = resolve(process.argv[2] ?? 'data');
const { problems, counts } = checkData(dir);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(`Data check passed: ${dir}\n${formatCounts(counts)}`);
