import { stripDirectionMarks } from '../../shared/bidi.js';

/** What a phone's contacts app needs to save a hotline. */
export interface ContactCard {
  name: string;
  organization?: string;
  /** Number to dial: `+18003540365` or `311`. */
  phone: string;
  note?: string;
}

/** vCard 3.0 text escaping (RFC 2426 §4): backslash, comma, semicolon, newline; no invisible direction marks. */
export function escapeVCardText(value: string): string {
  return stripDirectionMarks(value).replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to at most 75 octets, as vCard requires (continuation lines start with a space). */
export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A vCard 3.0 (read by iOS, Android and desktop contacts apps) for one hotline. */
export function buildVCard(card: ContactCard): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeVCardText(card.name)}`,
    `N:;${escapeVCardText(card.name)};;;`,
    card.organization ? `ORG:${escapeVCardText(card.organization)}` : '',
    `TEL;TYPE=VOICE:${card.phone.replace(/[^+\d]/g, '')}`,
    card.note ? `NOTE:${escapeVCardText(card.note)}` : '',
    'END:VCARD',
  ];
  return `${lines.filter(Boolean).map(foldVCardLine).join('\r\n')}\r\n`;
}

/** A file name that every OS accepts: `ActionNYC-Hotline.vcf`. */
export function vCardFileName(name: string): string {
  const safe = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${safe || 'hotline'}.vcf`;
}

/**
 * The contact file as a `data:` URL, for a link with `download`: it saves the contact with no
 * script (server-rendered HTML, JavaScript off) and no request, even offline.
 */
export function vCardHref(card: ContactCard): string {
  return `data:text/vcard;charset=utf-8,${encodeURIComponent(buildVCard(card))}`;
}
