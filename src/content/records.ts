import { detainerDefinition, detainerRule } from './detainers.js';
import { figures, timeline } from './detainer-history.js';
import { hotlines } from './hotlines.js';
import type { ContentRecord } from './record.js';
import { doorSteps, rightsPoints } from './rights.js';

/**
 * Every dated statement the widgets show, in one list, for the content tests and
 * `npm run content` (never imported by the widgets: it pulls in every content module).
 */
export function allRecords(): ContentRecord[] {
  const hotlineRecords = Object.entries(hotlines).flatMap(([id, hotline]) => [
    { id: `hotline-${id}`, sources: hotline.sources, asOf: hotline.asOf },
    ...(hotline.hours ? [hotline.hours] : []),
  ]);
  return [...doorSteps, ...rightsPoints, ...hotlineRecords, ...detainerDefinition.records, detainerRule, ...timeline, ...figures];
}
