import { expect } from '@open-wc/testing';
import { contrast, over, parseColor, parseShadow } from './helpers/contrast.js';

const ratio = (a: string, b: string) => Math.round(contrast(parseColor(a), parseColor(b)) * 100) / 100;

describe('contrast (WCAG 2), the helper the focus and theme tests measure with', () => {
  it('computes known ratios', () => {
    for (const [a, b, expected] of [
      ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
      ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 1],
      ['rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54],
      // The old light-theme focus yellow on white (issue 13): 1.6:1.
      ['rgb(255, 191, 71)', 'rgb(255, 255, 255)', 1.64],
      ['rgb(11, 79, 138)', 'rgb(255, 255, 255)', 8.4],
    ] as Array<[string, string, number]>) {
      expect(ratio(a, b), `${a} on ${b}`).to.equal(expected);
    }
  });

  it('reads computed colors with and without alpha, in either syntax', () => {
    expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(27 27 27 / 50%)')).to.deep.equal({ r: 27, g: 27, b: 27, a: 0.5 });
    expect(() => parseColor('canvastext')).to.throw('not a computed color');
  });

  it('composites a translucent color over its background', () => {
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('rgb(255, 255, 255)'))).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('reads a box-shadow’s color and spread', () => {
    expect(parseShadow('rgb(255, 255, 255) 0px 0px 0px 2px')).to.deep.equal({ color: { r: 255, g: 255, b: 255, a: 1 }, spread: 2 });
    expect(parseShadow('none')).to.equal(undefined);
  });
});
