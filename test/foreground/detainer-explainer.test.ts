import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/entries/detainer-explainer.js';
import type { KyrDetainerExplainer } from '../../src/elements/detainer-explainer/detainer-explainer.js';
import { spyConsole } from '../helpers/console.js';
import { $, shadow, textOf } from '../helpers/shadow.js';

const explainer = (template = html`<kyr-detainer-explainer></kyr-detainer-explainer>`) => fixture<KyrDetainerExplainer>(template);
const focusedText = (el: Element) => shadow(el).activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
type Reply = 'yes' | 'no' | 'unknown';
const answerButton = (el: Element, answer: Reply) => $<HTMLButtonElement>(el, `[data-answer="${answer}"]`);

async function answer(el: KyrDetainerExplainer, ...answers: Reply[]) {
  for (const a of answers) {
    answerButton(el, a).click();
    await el.updateComplete;
  }
}

/** Answers by keyboard only: Tab to the button from the focused question, then Enter. */
async function answerByKeyboard(el: KyrDetainerExplainer, a: Reply) {
  const presses = { yes: 1, no: 2, unknown: 3 }[a];
  for (let i = 0; i < presses; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(el).activeElement?.getAttribute('data-answer')).to.equal(a);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<kyr-detainer-explainer>', () => {
  it('explains what a detainer is, and names form I-247A (since April 2, 2017) and the older I-247', async () => {
    const el = await explainer();
    const definition = $(el, '[part="definition"]').textContent!.replace(/\s+/g, ' ');
    expect(definition).to.contain('request from federal immigration officials');
    expect(definition).to.contain('keep a person in custody after the time they would otherwise be released');
    expect(definition).to.contain('Since April 2, 2017, a detainer request comes on ICE form I-247A.');
    expect(definition).to.contain('which had replaced form I-247.');
  });

  describe('the step-through', () => {
    it('starts with question 1 of 3: is there a judicial warrant?', async () => {
      const el = await explainer();
      expect($(el, '.question-heading').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Question 1 of 3 Is there a judicial warrant, signed by a judge?');
      expect(textOf(el)).to.contain('A detainer is a request from federal immigration officials. The City complies only when a judicial warrant supports it.');
      expect([...shadow(el).querySelectorAll('[part="answer-button"]')].map((b) => b.textContent?.trim())).to.deep.equal(['Yes', 'No', 'I don’t know']);
    });

    it('No warrant → "No, not under City policy", described as policy, with a call link and the 2014 laws', async () => {
      const el = await explainer();
      await answer(el, 'no');
      const result = $(el, '[part="answer"]');
      const text = result.textContent!.replace(/\s+/g, ' ');
      expect(result.classList.contains('does-not-honor')).to.equal(true);
      expect(text).to.contain('No, not under City policy.');
      expect(text).to.contain('Under the City’s 2014 detainer laws, the City does not honor a detainer without a judicial warrant.');
      expect(text).to.contain('This describes City policy, not what will happen in one case.');
      expect(text).not.to.match(/will not hold|will not be held|is safe/);
      expect(result.querySelector('a[part="phone-link"]')?.getAttribute('href')).to.equal('tel:+18005667636');
      expect(text).to.contain('November 14, 2014').and.to.contain('December 14, 2014');
    });

    for (const [path, depends] of [
      [['unknown'], 'whether a judicial warrant, signed by a judge, supports the detainer'],
      [['yes', 'unknown'], 'convicted of one of about 170 serious or violent felonies'],
      [['yes', 'no', 'unknown'], 'whether the person is a possible match on a terrorist watch list'],
    ] as Array<[Reply[], string]>) {
      it(`"I don’t know" (${path.join(' → ')}) ends in what the rule depends on, the New Americans Hotline and a lawyer`, async () => {
        const el = await explainer();
        await answer(el, ...path);
        const result = $(el, '[part="answer"]');
        const text = result.textContent!.replace(/\s+/g, ' ');
        expect(result.classList.contains('depends')).to.equal(true);
        expect(focusedText(el)).to.equal('It depends. Get help to find out.');
        expect(text).to.contain(depends);
        expect(text).to.contain('free and confidential help').and.to.contain('Speak to a lawyer');
        expect(result.querySelector('a[part="phone-link"]')?.getAttribute('href')).to.equal('tel:+18005667636');
        expect(text).not.to.contain('Possibly');
      });
    }

    it('Warrant + serious felony → "Possibly", with the reason', async () => {
      const el = await explainer();
      await answer(el, 'yes', 'yes');
      expect($(el, '[part="answer"]').classList.contains('may-honor')).to.equal(true);
      expect($(el, '[part="answer"]').textContent).to.contain('convicted of a serious or violent felony');
      expect($(el, '[part="answer"]').textContent).to.contain('the City may honor a detainer');
      expect($(el, '[part="answer"]').textContent).not.to.match(/City honors/);
    });

    it('Warrant + watch-list match → "Possibly"; warrant alone → "No"', async () => {
      const el = await explainer();
      await answer(el, 'yes', 'no', 'yes');
      expect($(el, '[part="answer"]').textContent).to.contain('possible match on a terrorist watch list');
      expect($(el, '[part="answer"]').classList.contains('may-honor')).to.equal(true);
      el.restart();
      await el.updateComplete;
      await answer(el, 'yes', 'no', 'no');
      expect($(el, '[part="answer"]').classList.contains('does-not-honor')).to.equal(true);
      expect($(el, '[part="answer"]').textContent).to.contain('either been convicted of a serious or violent felony or is a possible match');
    });

    it('moves focus to each new question, then to the answer, so progress is read out', async () => {
      const el = await explainer();
      await answer(el, 'yes');
      expect(focusedText(el)).to.equal('Question 2 of 3 Has the person been convicted of a serious or violent felony?');
      await answer(el, 'no');
      expect(focusedText(el)).to.equal('Question 3 of 3 Is the person a possible match on a terrorist watch list?');
      await answer(el, 'no');
      expect(focusedText(el)).to.equal('No, not under City policy.');
    });

    it('shows the answers given so far', async () => {
      const el = await explainer();
      await answer(el, 'yes', 'no');
      expect($(el, '.given').textContent!.replace(/\s+/g, ' ')).to.contain('Is there a judicial warrant, signed by a judge? Yes');
    });

    it('Back returns to the previous question; Start over to the first', async () => {
      const el = await explainer();
      await answer(el, 'yes', 'no');
      const [back, startOver] = shadow(el).querySelectorAll<HTMLButtonElement>('[part="nav-button"]');
      back.click();
      await el.updateComplete;
      expect(focusedText(el)).to.contain('Question 2 of 3');
      startOver.click();
      await el.updateComplete;
      expect(focusedText(el)).to.contain('Question 1 of 3');
      expect(shadow(el).querySelector('[part="nav-button"]')).to.equal(null);
    });

    it('reaches every answer by keyboard alone', async () => {
      const paths: Reply[][] = [['no'], ['unknown'], ['yes', 'yes'], ['yes', 'unknown'], ['yes', 'no', 'yes'], ['yes', 'no', 'no'], ['yes', 'no', 'unknown']];
      const el = await explainer();
      for (const path of paths) {
        el.restart();
        await el.updateComplete;
        for (const a of path) await answerByKeyboard(el, a);
        expect(shadow(el).querySelector('[part="answer"]'), path.join(',')).not.to.equal(null);
        expect(shadow(el).activeElement?.id).to.equal('current');
      }
    });

    it('restart() from the page’s own script does not pull focus into the widget', async () => {
      const wrapper = await fixture(html`<div><button id="outside">outside</button><kyr-detainer-explainer></kyr-detainer-explainer></div>`);
      const el = wrapper.querySelector('kyr-detainer-explainer')!;
      await answer(el, 'yes');
      wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
      el.restart();
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('outside');
      expect($(el, '.question-heading').textContent).to.contain('Question 1 of 3');
    });

    describe('read aloud: what a screen reader gets after every step', () => {
      interface AxNode {
        role: string;
        name: string;
        description?: string;
        level?: number;
        focused?: boolean;
        children?: AxNode[];
      }
      interface Announced {
        role: string;
        name: string;
        description: string;
        level?: number;
        /** Nodes (besides the target) a screen reader would also name this way as focus enters: a group labelled by the heading, say. */
        sameName: number;
      }
      const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
      const contains = (node: AxNode, inner: AxNode): boolean => node === inner || (node.children ?? []).some((c) => contains(c, inner));
      const fold = (text?: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

      /** The focus target as the accessibility tree has it (Chromium); Firefox has no snapshot here, so the DOM's equivalent. */
      async function announced(el: KyrDetainerExplainer): Promise<Announced> {
        if (!navigator.userAgent.includes('Firefox')) {
          // The full tree: the test runner's a11ySnapshot keeps only "interesting" nodes and would hide a group named like its heading.
          const nodes = flat((await executeServerCommand<AxNode, undefined>('kyr-ax-tree'))!);
          const focused = nodes.find((n) => n.focused);
          if (!focused) throw new Error('nothing focused in the accessibility tree');
          // Anything outside the target (its own text nodes excepted) with the same name would be read again as focus enters it.
          const sameName = nodes.filter((n) => !contains(focused, n) && fold(n.name) === fold(focused.name)).length;
          return { role: focused.role, name: fold(focused.name), description: fold(focused.description), level: focused.level, sameName };
        }
        const target = shadow(el).activeElement as HTMLElement;
        const level = /^h([2-6])$/.exec(target.localName)?.[1];
        const description = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => shadow(el).getElementById(id)?.textContent);
        let sameName = 0;
        for (let a = target.parentElement; a; a = a.parentElement) if (a.getAttribute('aria-labelledby') === target.id || a.localName === 'fieldset') sameName++;
        return { role: level ? 'heading' : target.getAttribute('role') ?? target.localName, name: fold(target.textContent), description: fold(description.join(' ')), level: level ? Number(level) : undefined, sameName };
      }

      const hint1 = 'A detainer is a request from federal immigration officials. The City complies only when a judicial warrant supports it.';
      const hint2 = 'About 170 felonies qualify under the City’s laws.';

      it('after each answer, focus is on the next question’s heading, described by its hint, announced once', async () => {
        const el = await explainer();
        await answer(el, 'yes');
        expect(await announced(el)).to.deep.equal({
          role: 'heading',
          level: 4,
          name: 'Question 2 of 3 Has the person been convicted of a serious or violent felony?',
          description: hint2,
          sameName: 0,
        });
        await answer(el, 'no');
        expect(await announced(el)).to.deep.equal({
          role: 'heading',
          level: 4,
          name: 'Question 3 of 3 Is the person a possible match on a terrorist watch list?',
          description: '',
          sameName: 0,
        });
      });

      it('at the end, focus is on the answer’s heading, announced once (no group named by it)', async () => {
        for (const [path, name] of [
          [['no'], 'No, not under City policy.'],
          [['yes', 'yes'], 'Possibly. The City may honor the detainer in this case.'],
          [['unknown'], 'It depends. Get help to find out.'],
        ] as Array<[Reply[], string]>) {
          const el = await explainer();
          await answer(el, ...path);
          expect(await announced(el), path.join(' → ')).to.deep.equal({ role: 'heading', level: 4, name, description: '', sameName: 0 });
        }
      });

      it('Back and Start over land on the question’s heading, with its hint', async () => {
        const el = await explainer();
        await answer(el, 'yes', 'no');
        shadow(el).querySelectorAll<HTMLButtonElement>('[part="nav-button"]')[1].click();
        await el.updateComplete;
        expect(await announced(el)).to.deep.equal({
          role: 'heading',
          level: 4,
          name: 'Question 1 of 3 Is there a judicial warrant, signed by a judge?',
          description: hint1,
          sameName: 0,
        });
      });

      it('shows a visible focus indicator on the heading that receives focus', async () => {
        const el = await explainer();
        await answer(el, 'yes');
        const target = shadow(el).activeElement as HTMLElement;
        expect(target.matches('h4.question-heading:focus')).to.equal(true);
        const style = getComputedStyle(target);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      });

      it('restart() moves focus to the first question when the control that had it goes away', async () => {
        const el = await explainer();
        await answer(el, 'no');
        const startOver = shadow(el).querySelectorAll<HTMLButtonElement>('[part="nav-button"]')[1];
        startOver.focus();
        el.restart();
        await el.updateComplete;
        expect(startOver.isConnected).to.equal(false);
        // Booleans, not elements: a failed comparison of DOM nodes cannot be reported back from the browser.
        expect(document.activeElement === el, 'focus stays in the widget, not on <body>').to.equal(true);
        expect(shadow(el).activeElement?.id).to.equal('current');
        expect((await announced(el)).name).to.equal('Question 1 of 3 Is there a judicial warrant, signed by a judge?');
      });
    });

    it('fires kyr-decision with the answer', async () => {
      const el = await explainer();
      const heard = oneEvent(el, 'kyr-decision');
      await answer(el, 'yes', 'yes');
      expect(((await heard) as CustomEvent).detail).to.deep.equal({ outcome: 'may-honor', honored: true, reason: 'serious-felony' });
    });

    it('is accessible (axe) at every step and every answer', async () => {
      const el = await explainer();
      await expect(el).to.be.accessible();
      for (const path of [['yes'], ['yes', 'no'], ['no'], ['unknown'], ['yes', 'yes'], ['yes', 'no', 'yes'], ['yes', 'no', 'no'], ['yes', 'no', 'unknown']] as Reply[][]) {
        el.restart();
        await el.updateComplete;
        await answer(el, ...path);
        await expect(el).to.be.accessible();
      }
    });
  });

  it('shows the timeline with each date in a <time> element', async () => {
    const el = await explainer();
    const times = [...shadow(el).querySelectorAll('[part="timeline"] time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).to.deep.equal([
      ['2014-11-14', 'November 14, 2014'],
      ['2014-12-14', 'December 14, 2014'],
      ['2015-02-13', 'February 13, 2015'],
      ['2017', '2017'],
      ['2017-04-02', 'April 2, 2017'],
      ['2018-01-31', 'January 31, 2018'],
      ['2018-01-31', 'January 31, 2018'],
      ['2025-01-20', 'January 20, 2025'],
      ['2025-04-21', 'April 21, 2025'],
      ['2025-09', 'September 2025'],
      ['2026-02-06', 'February 6, 2026'],
    ]);
    const text = $(el, '[part="timeline"]').textContent!;
    expect(text).to.contain('287(g)').and.to.contain('Duty Chief');
    // The press release's exceptions to the Duty Chief rule are shown, not dropped.
    expect(text).to.contain('highest-ranking uniformed officer on the scene');
  });

  it('shows the key figures with who reported them', async () => {
    const el = await explainer();
    const figures = $(el, '[part="figures"]').textContent!.replace(/\s+/g, ' ');
    expect(figures).to.contain('1,526 detainer requests the NYPD received from federal officials in 2017');
    expect(figures).to.contain('0 of those requests that the NYPD complied with');
    expect(figures).to.contain('3,080 people New York City transferred');
    expect(figures).to.contain('about 170 serious or violent felonies');
    expect(figures).to.contain('Reported by: An NYPD report, as described by a law firm’s blog');
    expect(figures).to.contain('cited by the ICE-FREE NYC campaign');
  });

  it('says it is general information, not legal advice, and links the New Americans Hotline', async () => {
    const el = await explainer();
    expect($(el, '[part="help"]').textContent).to.contain('This is general information, not legal advice.');
    expect($(el, '[part="help"] a').getAttribute('href')).to.equal('tel:+18005667636');
  });

  it('names every source it draws on', async () => {
    const el = await explainer();
    const source = $(el, '[part="source"]').textContent!;
    for (const title of ['Know-Your-Rights', 'Take Action', 'press release', 'NYPD Receives and Denies 1,526', 'Detainer Policy', 'Executive Order No. 13']) expect(source).to.contain(title);
    // Each source with its date (or "undated"), and the day the content was checked against them.
    expect(source).to.contain('January 31, 2018').and.contain('February 6, 2026').and.contain('undated');
    expect($(el, '[part="checked"]').textContent?.trim()).to.equal('Checked against these sources on December 6, 2026.');
  });

  it('shows only the step-through with sections="decision"', async () => {
    const el = await explainer(html`<kyr-detainer-explainer sections="decision"></kyr-detainer-explainer>`);
    expect(shadow(el).querySelector('[part="decision"]')).not.to.equal(null);
    for (const part of ['definition', 'timeline', 'figures']) expect(shadow(el).querySelector(`[part="${part}"]`), part).to.equal(null);
    expect(shadow(el).querySelector('[part="help"]')).not.to.equal(null);
  });

  it('warns about unknown sections and shows the known ones', async () => {
    const warnings = spyConsole('warn');
    try {
      const el = await explainer(html`<kyr-detainer-explainer sections="timeline maps"></kyr-detainer-explainer>`);
      expect(shadow(el).querySelector('[part="timeline"]')).not.to.equal(null);
      expect(shadow(el).querySelector('[part="decision"]')).to.equal(null);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<kyr-detainer-explainer> sections="timeline maps"');
    } finally {
      warnings.restore();
    }
  });

  it('nests its headings: main heading at heading-level, sections one deeper, the answer two deeper', async () => {
    const el = await explainer(html`<kyr-detainer-explainer heading-level="3"></kyr-detainer-explainer>`);
    expect($(el, 'h3').textContent?.trim()).to.equal('ICE detainers in New York City');
    expect([...shadow(el).querySelectorAll('h4')].map((h) => h.textContent?.trim())).to.deep.equal([
      'What is an ICE detainer?',
      'Will New York City hold someone for ICE?',
      'Timeline',
      'Key figures',
    ]);
    await answer(el, 'no');
    expect($(el, 'h5').textContent?.trim()).to.equal('No, not under City policy.');
  });

  it('fires kyr-feedback when opted in', async () => {
    const el = await explainer(html`<kyr-detainer-explainer feedback></kyr-detainer-explainer>`);
    const heard = oneEvent(el, 'kyr-feedback');
    shadow(el).querySelectorAll<HTMLButtonElement>('[part="feedback-button"]')[1].click();
    expect(((await heard) as CustomEvent).detail).to.deep.equal({ element: 'kyr-detainer-explainer', answer: 'no' });
  });
});
