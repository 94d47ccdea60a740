import { useState } from 'react';
import 'kyr-widgets'; // defines the four elements
import type {} from 'kyr-widgets/react'; // types them in JSX: attributes, properties, events
import type { DecisionDetail, LocaleCode } from 'kyr-widgets';

export default function App() {
  const [hotline, setHotline] = useState('311');
  const [language, setLanguage] = useState<LocaleCode>('en');
  const [outcome, setOutcome] = useState<DecisionDetail['outcome']>();
  const [events, setEvents] = useState<string[]>([]);
  const record = (e: CustomEvent) => setEvents((list) => [...list, `${e.type} ${JSON.stringify(e.detail)}`]);

  return (
    <main>
      <kyr-language-picker locales="en es ar" onkyr-locale-change={(e) => (record(e), setLanguage(e.detail.locale))} />
      <kyr-hotline-card hotline={hotline} headingLevel={3} />
      <button onClick={() => setHotline('new-americans')}>Show the New Americans Hotline</button>
      <kyr-rights-summary compact feedback onkyr-feedback={(e) => (record(e), e.detail.answer)} />
      <kyr-detainer-explainer sections="decision" onkyr-decision={(e) => (record(e), setOutcome(e.detail.outcome))} />
      <p>Language: <output id="language">{language}</output>, step-through: <output id="outcome">{outcome}</output></p>
      <ol id="events">{events.map((line, i) => <li key={i}>{line}</li>)}</ol>
    </main>
  );
}
