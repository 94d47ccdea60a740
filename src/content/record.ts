import type { SourceId } from './sources.js';

/**
 * One statement a widget shows, as data: the sources it comes from and the date those sources
 * say it was true (`asOf`: ISO year, year-month or full date). `npm run content` lists every
 * record with its age; a test fails for a record without a source or a date, and for a date
 * that is not in its sources.
 */
export interface ContentRecord {
  id: string;
  sources: readonly SourceId[];
  asOf: string;
}
