import { expect } from '@open-wc/testing';
import { DETAINER_FORM, detainerDefinition, figures, timeline } from '../src/content/detainers.js';
import { hotlines } from '../src/content/hotlines.js';
import { rightsPoints } from '../src/content/rights.js';
import { sources } from '../src/content/sources.js';

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
    expect(event('rikers').text()).to.contain('Rikers Island');
  });

  it('Local Law 228 of 2017 and the guidance of January 31, 2018, which bans 287(g) agreements', () => {
    expect(event('local-law-228')).to.include({ date: '2017', source: 'mayor-2018' });
    expect(event('guidance-2018')).to.include({ date: '2018-01-31', source: 'mayor-2018' });
    expect(event('guidance-2018').text()).to.contain('287(g)');
    expect(event('nypd-duty-chief').text()).to.contain('Duty Chief');
  });

  it('the detainer comes on ICE form I-247', () => {
    expect(DETAINER_FORM).to.equal('I-247');
    expect(detainerDefinition.form()).to.contain('I-247');
  });

  it('the timeline is in date order', () => {
    const dates = timeline.map((e) => e.date);
    expect([...dates].sort()).to.deep.equal(dates);
  });

  it('the hotline numbers are the ones on nyc.gov/KnowYourRights', () => {
    expect(hotlines.actionnyc.phone).to.equal('(800) 354-0365');
    expect(hotlines['new-americans'].phone).to.equal('(800) 566-7636');
    expect(hotlines['311'].phone).to.equal('311');
    expect(Object.values(hotlines).every((h) => h.hours === undefined)).to.equal(true);
  });

  it('every fact names a source that exists, and only official sources give advice', () => {
    const cited = [...rightsPoints, ...timeline, ...figures, ...Object.values(hotlines)].map((f) => f.source);
    for (const id of cited) expect(sources).to.have.property(id);
    for (const point of rightsPoints) expect(sources[point.source].kind).to.equal('official');
    for (const hotline of Object.values(hotlines)) expect(sources[hotline.source].kind).to.equal('official');
  });

  it('never shows the law firm’s or the press office’s phone numbers', () => {
    const text = JSON.stringify([...figures, ...timeline].map((f) => ('label' in f ? f.label() + f.reportedBy() : f.text())));
    for (const number of ['201-9031', 'VISA-LAW', '788-2958']) expect(text).not.to.contain(number);
  });
});
