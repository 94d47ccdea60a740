import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/entries/hotline-card.js';
import type { KyrHotlineCard } from '../../src/elements/hotline-card/hotline-card.js';
import { spyConsole, type ConsoleSpy } from '../helpers/console.js';
import { parseVCard } from '../helpers/parse-vcard.js';
import { $, shadow, textOf } from '../helpers/shadow.js';
import { renderedIn, until } from '../helpers/wait.js';
import { setLocale } from '../../src/entries/index.js';

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/**
 * What a screen reader announces for the call link: Chromium's accessibility tree (the first
 * link on the page is the card's call link); Firefox has no snapshot here, so its aria-label.
 */
async function accessibleName(link: HTMLAnchorElement): Promise<string | undefined> {
  if (navigator.userAgent.includes('Firefox')) return link.getAttribute('aria-label') ?? undefined;
  const snapshot = (await a11ySnapshot({})) as unknown as AxNode & { children: AxNode[] };
  return findAccessibilityNode<AxNode>(snapshot, (node) => node.role === 'link')?.name;
}

const card = (template: ReturnType<typeof html>) => fixture<KyrHotlineCard>(template);
const callLink = (el: Element) => $<HTMLAnchorElement>(el, 'a[part="phone-link"]');

describe('<kyr-hotline-card>', () => {
  let warnings: ConsoleSpy;
  beforeEach(() => {
    warnings = spyConsole('warn');
  });
  afterEach(() => warnings.restore());

  describe('built-in hotlines', () => {
    it('shows the ActionNYC Hotline of the Mayor\'s Office of Immigrant Affairs by default', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect($(el, 'h2').textContent?.trim()).to.equal('ActionNYC Hotline');
      expect($(el, '[part="agency"]').textContent?.trim()).to.equal("Mayor's Office of Immigrant Affairs");
      expect(warnings.calls).to.deep.equal([]);
    });

    it('links the phone number as tel:+18003540365 and shows it as (800) 354-0365', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+18003540365');
      expect($(el, '.number').textContent?.trim()).to.equal('(800) 354-0365');
    });

    it('gives the call link an accessible name that says what calling does', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect(await accessibleName(callLink(el))).to.equal('Call (800) 354-0365, ActionNYC Hotline');
    });

    it('names the 311 call link "Call 311", not "Call 311, 311"', async () => {
      const el = await card(html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`);
      expect(await accessibleName(callLink(el))).to.equal('Call 311');
    });

    it('tells what happens when you call: the automated language menu, then an agent', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect(textOf(el)).to.contain("You'll hear an automated message that asks for your language.");
      expect(textOf(el)).to.contain("you'll then be connected to an agent");
    });

    it('shows the published hours, in the reader’s language, with the date they were published; none for 311', async () => {
      const hours = async (hotline: string) => {
        const el = await card(html`<kyr-hotline-card hotline=${hotline}></kyr-hotline-card>`);
        const row = [...shadow(el).querySelectorAll('[part="details"] > div')].find((div) => div.querySelector('dt')?.textContent?.trim() === 'Hours');
        return row && [...row.querySelectorAll('li, .as-of')].map((line) => line.textContent!.trim());
      };
      // Each time range is isolated (U+2068 … U+2069), so it keeps its own order inside right-to-left text.
      expect(await hours('actionnyc')).to.deep.equal(['Monday to Friday: \u20689:00 AM – 6:00 PM\u2069', 'New York time, as of December 6, 2026.']);
      expect(await hours('new-americans')).to.deep.equal([
        'Monday to Friday: \u20688:00 AM – 8:00 PM\u2069',
        'Saturday to Sunday: \u20689:00 AM – 5:00 PM\u2069',
        'New York time, as of March 2026.',
      ]);
      expect(await hours('311')).to.equal(undefined);
    });

    it('in Urdu, the hours read "9:00 AM – 6:00 PM" left to right inside the right-to-left line (not "AM – 6:00 PM 9:00")', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      await setLocale('ur');
      try {
        await renderedIn(el, 'ur');
        const line = shadow(el).querySelector('.hours li')!;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let text: Text | undefined;
        while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('9:00')) text = walker.currentNode as Text;
        expect(text?.data).to.contain('9:00 AM – 6:00 PM');
        const left = (part: string) => {
          const range = document.createRange();
          const at = text!.data.indexOf(part);
          range.setStart(text!, at);
          range.setEnd(text!, at + part.length);
          return range.getBoundingClientRect().left;
        };
        expect(left('9:00')).to.be.below(left('AM'));
        expect(left('AM')).to.be.below(left('6:00'));
      } finally {
        await setLocale('en');
      }
    });

    it('a partner’s own hours replace the published ones', async () => {
      const el = await card(html`<kyr-hotline-card hotline="actionnyc" hours="Closed on Friday, December 25"></kyr-hotline-card>`);
      expect($(el, '[part="details"] dd').textContent?.trim()).to.equal('Closed on Friday, December 25');
    });

    it('links New Americans to tel:+18005667636, names New York State’s Office for New Americans, and says it refers people to free legal services', async () => {
      const el = await card(html`<kyr-hotline-card hotline="new-americans"></kyr-hotline-card>`);
      expect($(el, 'h2').textContent?.trim()).to.equal('New Americans Hotline');
      expect($(el, '[part="agency"]').textContent?.trim()).to.equal('New York State Office for New Americans');
      expect(callLink(el).getAttribute('href')).to.equal('tel:+18005667636');
      expect(textOf(el)).to.contain('Free and anonymous, in more than 200 languages.');
      expect(textOf(el)).to.contain('refers you to free immigration legal services');
    });

    it('links 311 as tel:311 and says it transfers you to an agency and takes messages', async () => {
      const el = await card(html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:311');
      expect(textOf(el)).to.contain('If ICE is at your home or someone has been detained, call 311.');
      expect(textOf(el)).to.contain('You will be transferred to an agency that can help you. You can leave a message.');
    });

    it('names its source, the City’s know-your-rights article on 311, as a link', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      const source = $(el, '[part="source"]');
      expect(source.textContent).to.contain('Source:');
      expect(source.querySelector('a')?.getAttribute('href')).to.equal('https://portal.311.nyc.gov/article/?kanumber=KA-03218');
    });

    it('switches hotline when the attribute changes', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      el.setAttribute('hotline', '311');
      await el.updateComplete;
      expect(callLink(el).getAttribute('href')).to.equal('tel:311');
    });
  });

  describe("a partner's own hotline", () => {
    it('shows name, agency, hours and description from attributes, with no City source line', async () => {
      const el = await card(html`<kyr-hotline-card
        name="Queens Immigrant Help Line"
        phone="212-555-0100"
        agency="Queens Community Center"
        hours="Mon–Fri 9–5"
        description="Free help in Spanish and Bengali."
      ></kyr-hotline-card>`);
      expect($(el, 'h2').textContent?.trim()).to.equal('Queens Immigrant Help Line');
      expect(callLink(el).getAttribute('href')).to.equal('tel:+12125550100');
      expect(textOf(el)).to.contain('Queens Community Center');
      expect(textOf(el)).to.contain('Hours Mon–Fri 9–5');
      expect(textOf(el)).to.contain('Free help in Spanish and Bengali.');
      expect(shadow(el).querySelector('[part="source"]')).to.equal(null);
      expect(textOf(el)).not.to.contain('automated message');
    });

    it('marks the partner’s own text with the page’s language, whatever language the kit shows', async () => {
      const wrapper = await fixture(html`<div lang="en-US"><kyr-hotline-card name="Línea Queens" phone="311" hours="Lunes a viernes"></kyr-hotline-card></div>`);
      const el = wrapper.querySelector('kyr-hotline-card')!;
      await el.updateComplete;
      expect($(el, 'h2 span').getAttribute('lang')).to.equal('en-US');
      expect($(el, 'h2 span').getAttribute('dir')).to.equal('auto');
      expect($(el, '[part="details"] dd span').getAttribute('lang')).to.equal('en-US');
    });

    it('shows no hours row when the partner gives no hours', async () => {
      const el = await card(html`<kyr-hotline-card name="Help" phone="(718) 555-0199"></kyr-hotline-card>`);
      expect(shadow(el).querySelector('dt')).to.equal(null);
      expect(textOf(el)).not.to.contain('Hours');
    });
  });

  describe('bad input', () => {
    it('warns once about an unknown hotline, naming element, attribute and value, and shows ActionNYC', async () => {
      const el = await card(html`<kyr-hotline-card hotline="ice-hotline"></kyr-hotline-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<kyr-hotline-card> hotline="ice-hotline"');
      expect(callLink(el).getAttribute('href')).to.equal('tel:+18003540365');
    });

    it('removes invisible direction characters from a partner\'s text, so a name cannot show digits other than the number dialled, and warns', async () => {
      // U+202E reverses what follows it: the heading would read "Call (212) 555-0100" while the link dials 311.
      const el = await card(html`<kyr-hotline-card name=${'Call \u202e0010-555 (212)'} agency=${'\u2067Agency\u2069'} phone="311"></kyr-hotline-card>`);
      const text = shadow(el).textContent ?? '';
      expect(text).to.not.match(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect($(el, '#name').textContent?.trim()).to.equal('Call 0010-555 (212)');
      expect(callLink(el).getAttribute('href')).to.equal('tel:311');
      expect(warnings.calls.filter((w) => w.includes('invisible direction characters'))).to.have.length(2);
      expect(warnings.calls.join('\n')).to.contain('name="Call \\u202e0010-555 (212)"');
    });

    it('shows a malformed phone as text without a link or buttons, and warns', async () => {
      const el = await card(html`<kyr-hotline-card name="Help" phone="call 555-CALL"></kyr-hotline-card>`);
      expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
      expect(shadow(el).querySelector('button')).to.equal(null);
      expect($(el, '[part="phone-text"]').textContent?.trim()).to.equal('call 555-CALL');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<kyr-hotline-card> phone="call 555-CALL"');
    });

    it('never shows "undefined", "null" or "NaN" whatever the properties are set to', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      const bad: unknown[] = [undefined, null, Number.NaN, 42, {}, ''];
      for (const value of bad) {
        Object.assign(el, { hotline: value, name: value, phone: value, agency: value, hours: value, description: value, headingLevel: value });
        await el.updateComplete;
        expect(textOf(el)).not.to.match(/undefined|null|NaN|\[object/);
        // Every bad value falls back to the default hotline, so its link must be there.
        expect(shadow(el).querySelector('a[href^="tel:"]')?.getAttribute('href'), String(value)).to.equal('tel:+18003540365');
      }
    });

    it('renders a script payload in an attribute as plain text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await card(html`<kyr-hotline-card name=${payload} phone="311" description=${payload}></kyr-hotline-card>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect($(el, 'h2').textContent?.trim()).to.equal(payload);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('heading level', () => {
    it('renders the name as h4 with heading-level="4"', async () => {
      const el = await card(html`<kyr-hotline-card heading-level="4"></kyr-hotline-card>`);
      expect($(el, 'h4').textContent?.trim()).to.equal('ActionNYC Hotline');
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    it('warns about heading-level="9" and falls back to h2', async () => {
      const el = await card(html`<kyr-hotline-card heading-level="9"></kyr-hotline-card>`);
      expect(shadow(el).querySelector('h2')).not.to.equal(null);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<kyr-hotline-card> heading-level="9"');
    });
  });

  describe('copy number', () => {
    let original: PropertyDescriptor | undefined;
    const stubClipboard = (writeText: (text: string) => Promise<void>) => {
      original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    };
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('copies (800) 354-0365 and announces it in a live region', async () => {
      const copied: string[] = [];
      stubClipboard(async (text) => void copied.push(text));
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      const status = $(el, '[role="status"]');
      $(el, '[part="copy-button"]').click();
      await until(el.shadowRoot!, () => !!status.textContent?.trim());
      expect(copied).to.deep.equal(['(800) 354-0365']);
      expect(status.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Number copied: (800) 354-0365');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('announces a second copy again (the live region empties in between)', async () => {
      stubClipboard(async () => undefined);
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      const status = $(el, '[role="status"]');
      const seen: string[] = [];
      new MutationObserver(() => seen.push(status.textContent!.replace(/\s+/g, ' ').trim())).observe(status, { childList: true, subtree: true, characterData: true });
      const announced = () => seen.filter((text) => text === 'Number copied: (800) 354-0365').length;
      for (let i = 0; i < 2; i++) {
        $(el, '[part="copy-button"]').click();
        await until(el.shadowRoot!, () => announced() === i + 1);
      }
      expect(seen.filter((text) => text === 'Number copied: (800) 354-0365')).to.have.length(2);
      expect(seen).to.include('');
    });

    it('drops an old confirmation when the number changes', async () => {
      stubClipboard(async () => undefined);
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      $(el, '[part="copy-button"]').click();
      await until(el.shadowRoot!, () => !!$(el, '[role="status"]').textContent?.trim());
      el.hotline = '311';
      await el.updateComplete;
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    });

    it('when the Clipboard API is refused, selects the number and says so', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const execCommand = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
        $(el, '[part="copy-button"]').click();
        await until(el.shadowRoot!, () => !!$(el, '[role="status"]').textContent?.trim());
        expect($(el, '[role="status"]').textContent).to.contain('Copying is blocked here. The number is selected');
        expect(getSelection()?.toString()).to.equal('(800) 354-0365');
      } finally {
        document.execCommand = execCommand;
      }
    });

    it('falls back to the copy command when the Clipboard API is missing', async () => {
      stubClipboard(undefined as unknown as (text: string) => Promise<void>);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const execCommand = document.execCommand;
      const commands: string[] = [];
      document.execCommand = (command: string) => (commands.push(`${command}:${getSelection()}`), true);
      try {
        const el = await card(html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`);
        $(el, '[part="copy-button"]').click();
        await until(el.shadowRoot!, () => !!$(el, '[role="status"]').textContent?.trim());
        expect(commands).to.deep.equal(['copy:311']);
        expect($(el, '[role="status"]').textContent?.replace(/\s+/g, ' ').trim()).to.equal('Number copied: 311');
      } finally {
        document.execCommand = execCommand;
      }
    });
  });

  describe('save contact', () => {
    it('links "Save contact" to the contact file itself: a data: vCard with the name, agency and number, saved as New-Americans-Hotline.vcf', async () => {
      const el = await card(html`<kyr-hotline-card hotline="new-americans"></kyr-hotline-card>`);
      const save = $(el, '[part="save-button"]') as HTMLAnchorElement;
      expect(save.localName).to.equal('a');
      expect(save.download).to.equal('New-Americans-Hotline.vcf');
      const prefix = 'data:text/vcard;charset=utf-8,';
      expect(save.href.startsWith(prefix), save.href.slice(0, 40)).to.equal(true);
      const vcard = parseVCard(decodeURIComponent(save.href.slice(prefix.length)));
      expect(vcard.FN).to.equal('New Americans Hotline');
      expect(vcard.ORG).to.equal('New York State Office for New Americans');
      expect(vcard['TEL;TYPE=VOICE']).to.equal('+18005667636');
    });

    it('says "Contact file saved" when the reader saves it', async () => {
      const el = await card(html`<kyr-hotline-card hotline="new-americans"></kyr-hotline-card>`);
      // The card's own listener runs; the test's stops the real download.
      const noDownload = (event: Event) => event.preventDefault();
      shadow(el).addEventListener('click', noDownload);
      try {
        $(el, '[part="save-button"]').click();
        await el.updateComplete;
      } finally {
        shadow(el).removeEventListener('click', noDownload);
      }
      expect($(el, '[role="status"]').textContent).to.contain('Contact file saved');
    });
  });

  describe('keyboard and screen readers', () => {
    it('is accessible (axe) for each built-in hotline and a custom one without a link', async () => {
      for (const template of [
        html`<kyr-hotline-card></kyr-hotline-card>`,
        html`<kyr-hotline-card hotline="new-americans"></kyr-hotline-card>`,
        html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`,
        html`<kyr-hotline-card name="Help" phone="not a number"></kyr-hotline-card>`,
      ]) {
        await expect(await card(template)).to.be.accessible();
      }
    });

    it('reaches the call link, then Save contact, then Copy number with Tab', async () => {
      const wrapper = await fixture(html`<div><button id="before">before</button><kyr-hotline-card></kyr-hotline-card></div>`);
      const el = wrapper.querySelector('kyr-hotline-card')!;
      await (el as KyrHotlineCard).updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(shadow(el).activeElement?.getAttribute('part') ?? 'outside');
      }
      expect(focused).to.deep.equal(['phone-link', 'save-button', 'copy-button']);
    });

    it('tells each card\'s "Save contact" and "Copy number" apart: described by the card\'s heading', async () => {
      const wrapper = await fixture(html`<div><kyr-hotline-card></kyr-hotline-card><kyr-hotline-card hotline="311"></kyr-hotline-card></div>`);
      const cards = [...wrapper.querySelectorAll('kyr-hotline-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const described = cards.flatMap((c) =>
        [...shadow(c).querySelectorAll('[part="save-button"], [part="copy-button"]')].map((b) => {
          const by = b.getAttribute('aria-describedby')!;
          return `${b.textContent!.trim()} (${shadow(c).getElementById(by)?.textContent?.trim()})`;
        }),
      );
      expect(described).to.deep.equal(['Save contact (ActionNYC Hotline)', 'Copy number (ActionNYC Hotline)', 'Save contact (311)', 'Copy number (311)']);
      if (navigator.userAgent.includes('Firefox')) return; // no accessibility tree here; the DOM check above stands in
      const tree = (await a11ySnapshot({})) as unknown as AxNode & { children: AxNode[] };
      const buttons: Array<AxNode & { description?: string }> = [];
      const walk = (node: AxNode) => {
        // "Save contact" is a link (to the contact file), "Copy number" a button.
        if (node.role === 'button' || (node.role === 'link' && node.name?.startsWith('Save contact'))) buttons.push(node);
        (node.children ?? []).forEach(walk);
      };
      walk(tree);
      expect(buttons.map((b) => `${b.name} (${b.description})`)).to.deep.equal(described);
    });

    it('copies with the keyboard (Enter on Copy number)', async () => {
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      try {
        const el = await card(html`<kyr-hotline-card hotline="311"></kyr-hotline-card>`);
        $(el, '[part="copy-button"]').focus();
        await sendKeys({ press: 'Enter' });
        await until(el.shadowRoot!, () => !!$(el, '[role="status"]').textContent?.trim());
        expect(copied).to.deep.equal(['311']);
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('marks its content with the kyr locale: lang="en" dir="ltr"', async () => {
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      expect($(el, '[part="card"]').getAttribute('lang')).to.equal('en');
      expect($(el, '[part="card"]').getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('layout and theming', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('gives the call link and buttons tap targets of at least 44 × 44 px on a 375 px phone', async () => {
      await setViewport({ width: 375, height: 800 });
      const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
      for (const target of shadow(el).querySelectorAll('a[part="phone-link"], button')) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.getAttribute('part')!).to.be.at.least(44);
        expect(box.width, target.getAttribute('part')!).to.be.at.least(44);
      }
      expect(el.getBoundingClientRect().width).to.be.at.most(375);
    });

    it('takes its accent color from --kyr-color-accent', async () => {
      const el = await card(html`<kyr-hotline-card style="--kyr-color-accent: rgb(120, 0, 60)"></kyr-hotline-card>`);
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgb(120, 0, 60)');
    });

    it('keeps its own 16px base size when the page sets html { font-size: 62.5% }', async () => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 62.5% } body { font-size: 1rem; line-height: 3 }';
      document.head.append(style);
      try {
        const el = await card(html`<kyr-hotline-card></kyr-hotline-card>`);
        expect(getComputedStyle($(el, '[part="description"]')).fontSize).to.equal('16px');
        expect(getComputedStyle($(el, '[part="description"]')).lineHeight).to.equal('24px');
      } finally {
        style.remove();
      }
    });

    it('hides the partner fallback children once it renders', async () => {
      const el = await card(html`<kyr-hotline-card><p id="fallback">Call ActionNYC: (800) 354-0365</p></kyr-hotline-card>`);
      expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
    });
  });
});
