import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'kyr-widgets'; // defines the four elements; their events are typed through HTMLElementEventMap
import type { DecisionDetail, LocaleCode } from 'kyr-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // the kyr-* tags are custom elements, not Angular components
  template: `
    <kyr-language-picker locales="en es ar" (kyr-locale-change)="record($event); language.set($event.detail.locale)" />
    <kyr-hotline-card [attr.hotline]="hotline()" [headingLevel]="3" />
    <button (click)="hotline.set('new-americans')">Show the New Americans Hotline</button>
    <kyr-rights-summary compact feedback (kyr-feedback)="record($event)" />
    <kyr-detainer-explainer sections="decision" (kyr-decision)="record($event); outcome.set($event.detail.outcome)" />
    <p>Language: <output id="language">{{ language() }}</output>, step-through: <output id="outcome">{{ outcome() }}</output></p>
    <ol id="events">
      @for (line of events(); track $index) {
        <li>{{ line }}</li>
      }
    </ol>
  `,
})
export class App {
  readonly hotline = signal('311');
  readonly language = signal<LocaleCode>('en');
  readonly outcome = signal<DecisionDetail['outcome'] | undefined>(undefined);
  readonly events = signal<string[]>([]);

  record(e: CustomEvent): void {
    this.events.update((list) => [...list, `${e.type} ${JSON.stringify(e.detail)}`]);
  }
}
