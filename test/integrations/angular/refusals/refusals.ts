// Compiled by refusals.mjs with the app's strict settings, never bundled: each template line after
// a "refused" comment must be an error. (CUSTOM_ELEMENTS_SCHEMA lets any attribute through, so
// Angular checks the events' details, not the attribute names.)
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type {} from 'kyr-widgets';

@Component({
  selector: 'app-refusals',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- refused: the detail is typed (outcome is a string union, not a number) -->
    <kyr-detainer-explainer (kyr-decision)="round($event.detail.outcome)" />
    <!-- refused: LocaleChangeDetail has no field "language" -->
    <kyr-language-picker (kyr-locale-change)="round($event.detail.language)" />
    <!-- refused: FeedbackDetail's answer is 'yes' | 'no' -->
    <kyr-rights-summary (kyr-feedback)="round($event.detail.answer)" />
  `,
})
export class Refusals {
  round(value: number): number {
    return Math.round(value);
  }
}
