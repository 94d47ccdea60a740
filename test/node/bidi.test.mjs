// Invisible direction characters (src/shared/bidi.ts), in plain Node from the TypeScript source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { source } from './helpers/source.mjs';

const { stripDirectionMarks } = await source('shared/bidi.ts');

describe('stripDirectionMarks', () => {
  it('removes every mark, embedding, override and isolate, so digits show in the order dialled', () => {
    const marks = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const mark of marks) assert.equal(stripDirectionMarks(`Queens ${mark}0199-555 (718)`), 'Queens 0199-555 (718)', `U+${mark.codePointAt(0).toString(16)}`);
  });

  it('keeps the joiners a script needs: the zero-width non-joiner of Urdu and Persian, the joiner of emoji', () => {
    const urdu = 'می\u200cخواہم';
    assert.equal(stripDirectionMarks(urdu), urdu);
    assert.equal(stripDirectionMarks('👩\u200d⚖️'), '👩\u200d⚖️');
  });
});
