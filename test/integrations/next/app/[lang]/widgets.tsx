'use client';
import { useState } from 'react';
import { kyrProps } from 'kyr-widgets/react'; // also types the tags in JSX: attributes, properties, events
import type { DecisionDetail, KyrHotlineCard, LocaleCode } from 'kyr-widgets';
import { useShadowRoot } from '../kyr/use-shadow-root';
import '../kyr/load-kit';

export default function Widgets({ locale }: { locale: LocaleCode }) {
  const [hotline, setHotline] = useState('311');
  const [level, setLevel] = useState(3);
  const [language, setLanguage] = useState<LocaleCode>(locale);
  const [outcome, setOutcome] = useState<DecisionDetail['outcome']>();
  const [events, setEvents] = useState<string[]>([]);
  const record = (e: CustomEvent) => setEvents((list) => [...list, `${e.type} ${JSON.stringify(e.detail)}`]);

  // Each element's attributes: React writes them on the tag, the server renders its shadow root with them.
  const picker = { locales: 'en es ar' };
  const card = { hotline, 'heading-level': 3 };
  const summary = { compact: true, feedback: true };
  const explainer = { sections: 'decision' };

  // Properties and kyr-* listeners go through kyrProps: React 19 does not apply them when it hydrates.
  // suppressHydrationWarning: a browser without declarative shadow DOM keeps the <template> as a child.
  return (
    <main>
      <kyr-language-picker
        {...picker}
        ref={kyrProps({ 'onkyr-locale-change': (e) => (record(e), setLanguage(e.detail.locale)) })}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: useShadowRoot('kyr-language-picker', picker, locale) }}
      />
      <kyr-hotline-card
        {...card}
        ref={kyrProps<KyrHotlineCard>({ headingLevel: level })}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: useShadowRoot('kyr-hotline-card', card, locale) }}
      />
      <button onClick={() => setHotline('new-americans')}>Show the New Americans Hotline</button>
      <button onClick={() => setLevel(4)}>Use heading level 4</button>
      <kyr-rights-summary
        {...summary}
        ref={kyrProps({ 'onkyr-feedback': (e) => record(e) })}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: useShadowRoot('kyr-rights-summary', summary, locale) }}
      />
      <kyr-detainer-explainer
        {...explainer}
        ref={kyrProps({ 'onkyr-decision': (e) => (record(e), setOutcome(e.detail.outcome)) })}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: useShadowRoot('kyr-detainer-explainer', explainer, locale) }}
      />
      <p>Language: <output id="language">{language}</output>, step-through: <output id="outcome">{outcome}</output></p>
      <ol id="events">{events.map((line, i) => <li key={i}>{line}</li>)}</ol>
    </main>
  );
}
