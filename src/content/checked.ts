/*
 * When the kit's content was last compared with its sources. Bump it in the release step
 * (CONTENT.md) after every record has been checked again; a reader whose clock is more than
 * STALE_AFTER_MONTHS past it sees a notice to confirm by phone.
 */

/** The day the content set was last checked against ../shared/sources (ISO date). */
export const CONTENT_CHECKED = '2026-12-06';

/** How long content stays current without a new check. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when `now` is more than `months` after `checked`. A clock that is wrong (before the
 * check, or not a date at all) is never "stale": the notice must not appear by mistake,
 * and nothing may throw.
 */
export function isStale(now: number, checked: string = CONTENT_CHECKED, months: number = STALE_AFTER_MONTHS): boolean {
  const [year, month, day] = checked.split('-').map(Number);
  const limit = Date.UTC(year, month - 1 + months, day + 1);
  return Number.isFinite(now) && Number.isFinite(limit) && now >= limit;
}
