import { expect } from '@open-wc/testing';
import { figures, timeline } from '../src/content/detainer-history.js';
import { DETAINER_FORM, detainerDefinition } from '../src/content/detainers.js';
import { hotlines } from '../src/content/hotlines.js';
import { DETAINEE_LOCATOR_URL, rightsPoints } from '../src/content/rights.js';
import { sources, unprintedLinks, type SourceId } from '../src/content/sources.js';

/** Which file of ../shared/sources each source id is. */
const files: Record<SourceId, string> = { 'nyc-kyr': '000', 'mayor-2018': '001', 'pozo-2017': '002', 'icefree-action': '003', 'icefree-about': '004' };
const documents = {} as Record<SourceId, string>;
const sourceText = (id: SourceId) => documents[id];

before(async () => {
  for (const [id, file] of Object.entries(files) as Array<[SourceId, string]>) {
    const response = await fetch(`/__sources/${file}`);
    if (!response.ok) throw new Error(`The source documents are not beside the repo (../shared/sources/${file}_*.txt).`);
    // The pages were saved with non-breaking spaces here and there: compare words, not bytes.
    documents[id] = (await response.text()).replace(/[^\S\n]+/g, ' ');
  }
});

const figure = (id: string) => figures.find((f) => f.id === id)!;
const event = (id: string) => timeline.find((e) => e.id === id)!;

describe('content: the facts, exactly as the sources state them', () => {
  it('1,526 detainer requests in 2017, none honored (law firm blog citing an NYPD report)', () => {
    expect(figure('requests-2017')).to.include({ value: 1526, source: 'pozo-2017' });
    expect(figure('honored-2017')).to.include({ value: 0, source: 'pozo-2017' });
    expect(figure('requests-2017').label()).to.contain('2017');
  });

  it('3,080 people transferred October 2012 – September 2013 (ICE-FREE NYC campaign citing NYC-DOC)', () => {
    expect(figure('transferred-2012-2013')).to.include({ value: 3080, source: 'icefree-action' });
    expect(figure('transferred-2012-2013').label()).to.contain('October 2012 to September 2013');
  });

  it('roughly 170 qualifying serious or violent felonies (press release)', () => {
    expect(figure('qualifying-felonies')).to.include({ value: 170, approximate: true, source: 'mayor-2018' });
  });

  it('laws signed November 14, 2014, in effect December 14, 2014; Rikers office gone as of February 13, 2015', () => {
    expect(event('laws-signed')).to.include({ date: '2014-11-14', source: 'nyc-kyr' });
    expect(event('laws-in-effect')).to.include({ date: '2014-12-14', source: 'nyc-kyr' });
    expect(event('rikers')).to.include({ date: '2015-02-13', source: 'nyc-kyr' });
    expect(event('rikers').text('en')).to.contain('Rikers Island');
  });

  it('Local Law 228 of 2017 and the guidance of January 31, 2018, which bans 287(g) agreements', () => {
    expect(event('local-law-228')).to.include({ date: '2017', source: 'mayor-2018' });
    expect(event('guidance-2018')).to.include({ date: '2018-01-31', source: 'mayor-2018' });
    expect(event('guidance-2018').text('en')).to.contain('287(g)');
    expect(event('nypd-protocol').text('en')).to.contain('Duty Chief');
  });

  it('the detainer form I-247 is the one the ICE-FREE NYC campaign names', () => {
    expect(sourceText(detainerDefinition.sources[1])).to.contain(`ICE form ${DETAINER_FORM}`);
    expect(detainerDefinition.form()).to.contain(DETAINER_FORM);
  });

  it('the timeline is in date order', () => {
    const dates = timeline.map((e) => e.date);
    expect([...dates].sort()).to.deep.equal(dates);
  });

  it('every hotline number is printed in its source, and no source gives hours', () => {
    for (const hotline of Object.values(hotlines)) {
      expect(sourceText(hotline.source), hotline.phone).to.contain(hotline.phone === '311' ? 'call 311' : `Phone Number: ${hotline.phone}`);
      expect(hotline.hours, `${hotline.phone} hours`).to.equal(undefined);
    }
    expect(sourceText('nyc-kyr')).to.match(/Business Hours:\s*\n/);
  });

  it('every full date in the timeline is printed in its source', () => {
    for (const event of timeline.filter((e) => e.date.length === 10)) {
      const written = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(event.date));
      expect(sourceText(event.source), `${event.id}: ${written}`).to.contain(written);
    }
  });

  it('every figure is printed in its source', () => {
    for (const f of figures.filter((f) => f.value > 0)) {
      expect(sourceText(f.source), f.id).to.contain(new Intl.NumberFormat('en-US').format(f.value));
    }
  });

  it('the Online Detainee Locator is the one address no source prints, named in the City’s page', () => {
    const link = unprintedLinks['detainee-locator'];
    expect(sourceText(link.namedIn)).to.contain(link.quote);
    expect(Object.values(documents).join('\n')).not.to.contain(new URL(link.url).host);
    expect(DETAINEE_LOCATOR_URL).to.equal(link.url);
  });

  it('every fact names a source that exists, and only official sources give advice', () => {
    const cited = [...rightsPoints, ...timeline, ...figures, ...Object.values(hotlines)].map((f) => f.source);
    for (const id of cited) expect(sources).to.have.property(id);
    for (const point of rightsPoints) expect(sources[point.source].kind).to.equal('official');
    for (const hotline of Object.values(hotlines)) expect(sources[hotline.source].kind).to.equal('official');
  });

  it('never shows the law firm’s or the press office’s phone numbers', () => {
    const text = JSON.stringify([...figures, ...timeline].map((f) => ('label' in f ? f.label() + f.reportedBy() : f.text('en'))));
    for (const number of ['201-9031', 'VISA-LAW', '788-2958']) expect(text).not.to.contain(number);
  });
});
