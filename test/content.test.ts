import { expect } from '@open-wc/testing';
import { CONTENT_CHECKED, isStale } from '../src/content/checked.js';
import { figures, timeline } from '../src/content/detainer-history.js';
import { DETAINER_FORM, DETAINER_FORM_SINCE, FORMER_DETAINER_FORM, detainerDefinition } from '../src/content/detainers.js';
import { hotlines } from '../src/content/hotlines.js';
import { allRecords } from '../src/content/records.js';
import { DETAINEE_LOCATOR_URL, doorSteps, rightsPoints } from '../src/content/rights.js';
import { sources, type SourceId } from '../src/content/sources.js';
import { unprintedLinks } from '../src/content/unprinted-links.js';

/*
 * The facts, checked against the documents they come from (../shared/sources, or the folder
 * KYR_SOURCES names). Outside CI, without them, these tests are skipped with one line saying
 * where to put them; in CI their absence fails.
 */
const files = new Map<string, string>();
/** The text of one source: its files, or its entries of the updates file (with that file's heading, which dates them). */
const sourceText = (id: SourceId) =>
  sources[id].files
    .map((file) => {
      const [number, entry] = file.split(' ');
      const text = files.get(number) ?? '';
      if (!entry) return text;
      const heading = text.slice(0, text.search(/^U1\./m));
      const start = text.search(new RegExp(`^${entry}\\.`, 'm'));
      const end = text.slice(start + 1).search(/^U\d+\./m);
      return heading + text.slice(start, end < 0 ? undefined : start + 1 + end);
    })
    .join('\n');
const allText = () => [...files.values()].join('\n');

before(async function () {
  const status = (await (await fetch('/__sources/status')).json()) as { available: boolean; ci: boolean; folder: string };
  if (!status.available) {
    const where = `The source documents are not at ${status.folder}: put ../shared/sources beside the repo, or set KYR_SOURCES to their folder.`;
    if (status.ci) throw new Error(where);
    console.log(`Content tests skipped. ${where}`);
    this.skip();
  }
  for (const number of ['000', '001', '002', '003', '004', '005']) {
    const response = await fetch(`/__sources/${number}`);
    if (!response.ok) throw new Error(`Source ${number} is missing from ${status.folder}.`);
    // The pages were saved with non-breaking spaces here and there: compare words, not bytes.
    files.set(number, (await response.text()).replace(/[^\S\n]+/g, ' '));
  }
});

const figure = (id: string) => figures.find((f) => f.id === id)!;
const event = (id: string) => timeline.find((e) => e.id === id)!;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways a document may write an ISO date: 2026-02-06 or February 6, 2026; 2025-01 or January 2025; 2017. */
function writtenForms(iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number);
  if (day) return [iso, `${months[month - 1]} ${day}, ${year}`];
  if (month) return [iso, `${months[month - 1]} ${year}`];
  return [String(year)];
}

describe('content: every record is sourced and dated', () => {
  it('each record names at least one source that exists, and a valid date', () => {
    const records = allRecords();
    expect(records.length).to.be.greaterThan(30);
    for (const record of records) {
      expect(record.sources.length, `${record.id} has a source`).to.be.greaterThan(0);
      for (const id of record.sources) expect(sources, `${record.id}: source ${id}`).to.have.property(id);
      expect(record.asOf, `${record.id} has a date`).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(Number.isNaN(Date.parse(record.asOf)), `${record.id}: ${record.asOf}`).to.equal(false);
    }
  });

  it('each record’s date is written in one of its sources', () => {
    for (const record of allRecords()) {
      const text = record.sources.map(sourceText).join('\n');
      const found = writtenForms(record.asOf).some((form) => text.includes(form));
      expect(found, `${record.id}: ${record.asOf} in ${record.sources.join(', ')}`).to.equal(true);
    }
  });

  it('each source’s own date, or the day it was seen, is written in it', () => {
    for (const [id, source] of Object.entries(sources) as Array<[SourceId, (typeof sources)[SourceId]]>) {
      const date = source.date ?? source.seen;
      if (!date) continue;
      expect(writtenForms(date).some((form) => sourceText(id).includes(form)), `${id}: ${date}`).to.equal(true);
    }
  });

  it('the content was checked on a day the updates file names as its check', () => {
    expect(files.get('005')).to.contain(`checked on ${CONTENT_CHECKED}`);
  });

  it('no record is dated after the content was checked', () => {
    for (const record of allRecords()) expect(record.asOf <= CONTENT_CHECKED, record.id).to.equal(true);
  });
});

describe('content: the facts, as the sources state them', () => {
  it('no longer says that ICE cannot enter hospitals, schools or shelters (rescinded January 20, 2025)', () => {
    const shown = rightsPoints.map((point) => point.text('en')).join(' ');
    expect(shown).not.to.match(/cannot enter hospitals, schools, or shelters/i);
    const ended = rightsPoints.find((point) => point.id === 'federal-protected-areas-ended')!;
    expect(ended).to.include({ kind: 'caution', asOf: '2025-01-20' });
    expect(ended.text('en')).to.contain('January 20, 2025');
    expect(sourceText('dhs-2025')).to.contain('On January 20, 2025');
  });

  it('states the City-property rule of Executive Order No. 13, dated February 6, 2026, for City property only', () => {
    const rule = rightsPoints.find((point) => point.id === 'city-property')!;
    expect(rule.asOf).to.equal('2026-02-06');
    expect(rule.text('en')).to.match(/^Since February 6, 2026, .*No\. 13.*judicial warrant.*City property only, not private buildings/);
    expect(sourceText('nyc-eo-13')).to.contain('Executive Order No. 13').and.contain('It covers City property only');
  });

  it('every hotline number is printed in its sources', () => {
    for (const hotline of Object.values(hotlines)) {
      const text = hotline.sources.map(sourceText).join('\n');
      expect(text, hotline.phone).to.contain(hotline.phone === '311' ? 'call 311' : hotline.phone);
    }
  });

  it('hours: the days and times of each row are those its source publishes, with their date', () => {
    const hour = (time: string) => {
      const [h, m] = time.split(':').map(Number);
      return `${h % 12 || 12}${m ? `:${m}` : ''} ${h < 12 ? 'am' : 'pm'}`;
    };
    const day = (n: number) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][n - 1];
    let rows = 0;
    for (const hotline of Object.values(hotlines)) {
      if (!hotline.hours) continue;
      const text = hotline.hours.sources.map(sourceText).join('\n').toLowerCase();
      for (const row of hotline.hours.rows) {
        const written = `${day(row.days[0])} (to|and) ${day(row.days[1])},? ${hour(row.opens)} to ${hour(row.closes)}`.toLowerCase();
        expect(text, written).to.match(new RegExp(written));
        rows += 1;
      }
    }
    expect(rows).to.equal(3);
    expect(hotlines['311'].hours).to.equal(undefined);
  });

  it('the New Americans Hotline is New York State’s (Office for New Americans); ActionNYC the Mayor’s Office’s', () => {
    expect(hotlines['new-americans'].agency?.english).to.equal('New York State Office for New Americans');
    expect(sourceText('ona-2026')).to.contain('New York State Office for New Americans');
    expect(hotlines.actionnyc.agency?.english).to.equal("Mayor's Office of Immigrant Affairs");
    expect(sourceText('nyc-kyr')).to.match(/ActionNYC\s+Hotline's business hours as Monday to Friday, 9 AM to 6 PM\. Agency: Mayor's Office of\s+Immigrant Affairs\./);
  });

  it('the detainer form is I-247A since April 2, 2017, and the older I-247 is named', () => {
    expect(DETAINER_FORM_SINCE).to.equal('2017-04-02');
    expect(sourceText('ice-i247a')).to.contain(`with one form, ${DETAINER_FORM}`).and.contain('Effective April 2, 2017');
    expect(sourceText('icefree-action')).to.contain(`ICE form ${FORMER_DETAINER_FORM}`);
    const form = detainerDefinition.form('en');
    expect(form).to.contain('April 2, 2017').and.contain(DETAINER_FORM).and.contain(FORMER_DETAINER_FORM);
  });

  it('the door steps are the City’s guidance of January 2025, six of them', () => {
    expect(doorSteps).to.have.length(6);
    expect(sourceText('moia-2025')).to.contain('2025-01').and.contain('judicial warrant');
    const steps = doorSteps.map((step) => step.text()).join(' ');
    for (const phrase of ['remain silent', 'judicial warrant', 'signed by a judge', 'false information', 'emergency']) expect(steps).to.contain(phrase);
  });

  it('1,526 detainer requests in 2017, none honored (law firm blog citing an NYPD report)', () => {
    expect(figure('requests-2017')).to.deep.include({ value: 1526, sources: ['pozo-2017'] });
    expect(figure('honored-2017')).to.deep.include({ value: 0, sources: ['pozo-2017'] });
    expect(figure('requests-2017').label()).to.contain('2017');
  });

  it('3,080 people transferred October 2012 – September 2013 (ICE-FREE NYC campaign citing NYC-DOC)', () => {
    expect(figure('transferred-2012-2013')).to.deep.include({ value: 3080, sources: ['icefree-action'] });
    expect(figure('transferred-2012-2013').label()).to.contain('October 2012 to September 2013');
  });

  it('roughly 170 qualifying serious or violent felonies (press release)', () => {
    expect(figure('qualifying-felonies')).to.deep.include({ value: 170, approximate: true, sources: ['mayor-2018'] });
  });

  it('laws signed November 14, 2014, in effect December 14, 2014; Rikers office gone as of February 13, 2015', () => {
    expect(event('laws-signed')).to.deep.include({ asOf: '2014-11-14', sources: ['nyc-kyr'] });
    expect(event('laws-in-effect')).to.deep.include({ asOf: '2014-12-14', sources: ['nyc-kyr'] });
    expect(event('rikers')).to.deep.include({ asOf: '2015-02-13', sources: ['nyc-kyr'] });
    expect(event('rikers').text('en')).to.contain('Rikers Island');
  });

  it('Local Law 228 of 2017 and the guidance of January 31, 2018, which bans 287(g) agreements', () => {
    expect(event('local-law-228')).to.deep.include({ asOf: '2017', sources: ['mayor-2018'] });
    expect(event('guidance-2018')).to.deep.include({ asOf: '2018-01-31', sources: ['mayor-2018'] });
    expect(event('guidance-2018').text('en')).to.contain('287(g)');
    expect(event('nypd-protocol').text('en')).to.contain('Duty Chief');
  });

  it('the timeline is in date order and ends with Executive Order No. 13', () => {
    const dates = timeline.map((e) => e.asOf);
    expect([...dates].sort()).to.deep.equal(dates);
    expect(timeline.at(-1)!.id).to.equal('executive-order-13');
  });

  it('every figure is printed in its source', () => {
    for (const f of figures.filter((f) => f.value > 0)) {
      expect(f.sources.map(sourceText).join('\n'), f.id).to.contain(new Intl.NumberFormat('en-US').format(f.value));
    }
  });

  it('the Online Detainee Locator and 311’s article are the only addresses no source prints in full, each named in one', () => {
    const locator = unprintedLinks['detainee-locator'];
    expect(sourceText(locator.namedIn)).to.contain(locator.quote);
    expect(allText()).not.to.contain(new URL(locator.url).host);
    expect(DETAINEE_LOCATOR_URL).to.equal(locator.url);
    const article = unprintedLinks['nyc-kyr-article'];
    expect(sourceText(article.namedIn)).to.contain(article.quote);
    expect(sources['nyc-kyr'].url).to.equal(article.url);
  });

  it('links only government pages (City, State, federal): news and advocacy sources are named, not linked', () => {
    const linked = Object.entries(sources).filter(([, source]) => source.url);
    expect(linked.map(([id]) => id)).to.include('nyc-kyr');
    for (const [id, source] of linked) {
      expect(new URL(source.url!).hostname, id).to.match(/(^|\.)(nyc\.gov|ny\.gov|ice\.gov|dhs\.gov)$/);
      expect(['official', 'government'], id).to.include(source.kind);
    }
  });

  it('every linked source address is printed in the sources, or explained as unprinted', () => {
    const explained = new Set<string>(Object.values(unprintedLinks).map((link) => link.url));
    for (const [id, source] of Object.entries(sources)) {
      if (source.url && !explained.has(source.url)) expect(allText(), id).to.contain(source.url);
    }
  });

  it('only official sources give the rights and the door steps', () => {
    for (const record of [...rightsPoints.filter((p) => p.kind !== 'caution'), ...doorSteps]) {
      for (const id of record.sources) expect(sources[id].kind, record.id).to.equal('official');
    }
  });

  it('never shows the law firm’s or the press office’s phone numbers', () => {
    const text = JSON.stringify([...figures, ...timeline].map((f) => ('label' in f ? f.label() + f.reportedBy() : f.text('en'))));
    for (const number of ['201-9031', 'VISA-LAW', '788-2958']) expect(text).not.to.contain(number);
  });
});

describe('content: when it is stale', () => {
  const checked = Date.UTC(2026, 11, 6);
  const day = 24 * 60 * 60 * 1000;
  it('is current up to twelve months after the check, stale after', () => {
    expect(isStale(checked, '2026-12-06')).to.equal(false);
    expect(isStale(Date.UTC(2027, 11, 6, 23, 59), '2026-12-06')).to.equal(false);
    expect(isStale(Date.UTC(2027, 11, 7), '2026-12-06')).to.equal(true);
    expect(isStale(checked + 800 * day, '2026-12-06')).to.equal(true);
  });
  it('a wrong clock (before the check, or not a time) never shows the notice', () => {
    expect(isStale(Date.UTC(1970, 0, 1), '2026-12-06')).to.equal(false);
    expect(isStale(Number.NaN, '2026-12-06')).to.equal(false);
    expect(isStale(checked, 'not a date')).to.equal(false);
  });
});
