/** A phone number ready to show and to dial. */
export interface PhoneNumber {
  /** As shown: `(800) 354-0365`, `311`, or the international number as written. */
  display: string;
  /** The `tel:` URI: E.164 (`tel:+18003540365`) or a short code (`tel:311`). */
  href: string;
  /** Digits to dial, with a leading + for full numbers: `+18003540365`, `311`. */
  dial: string;
}

const MAX_LENGTH = 32;
/** What may appear in a written phone number besides digits. */
const SEPARATORS = /[\s().\-\u2010-\u2015\u00a0]/g;

/**
 * Parses a written US number (`(800) 354-0365`, `800.354.0365`, `+1 800 354 0365`),
 * a three-digit N11 service code (`311`), or an international `+…` number.
 * Returns undefined for anything else, so nothing malformed becomes a link.
 */
export function parsePhone(input: unknown): PhoneNumber | undefined {
  if (typeof input !== 'string') return undefined;
  const written = input.trim();
  if (!written || written.length > MAX_LENGTH) return undefined;
  const compact = written.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;

  if (/^[2-9]11$/.test(compact)) return { display: compact, href: `tel:${compact}`, dial: compact };

  const national = compact.replace(/^\+?1(?=\d{10}$)/, '');
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) {
    const display = `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
    return { display, href: `tel:+1${national}`, dial: `+1${national}` };
  }

  if (compact.startsWith('+') && !compact.startsWith('+1') && /^\+[1-9]\d{7,14}$/.test(compact)) {
    const display = written.replace(/\s+/g, ' ');
    return { display, href: `tel:${compact}`, dial: compact };
  }
  return undefined;
}
