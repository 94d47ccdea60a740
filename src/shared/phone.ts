import { phoneRule } from './phone-rule.js';

/** A phone number ready to show and to dial. */
export interface PhoneNumber {
  /** As shown: `(800) 354-0365`, `311`, or the international number as written. */
  display: string;
  /** The `tel:` URI: E.164 (`tel:+18003540365`) or a short code (`tel:311`). */
  href: string;
  /** Digits to dial, with a leading + for full numbers: `+18003540365`, `311`. */
  dial: string;
}

const matches = (pattern: string, text: string) => new RegExp(pattern).exec(text);

/**
 * Parses a written US number (`(800) 354-0365`, `800.354.0365`, `+1 800 354 0365`),
 * a three-digit N11 service code (`311`), or an international `+…` number, by the
 * patterns of phone-rule.ts (the WordPress plugin reads the same ones).
 * Returns undefined for anything else, so nothing malformed becomes a link.
 */
export function parsePhone(input: unknown): PhoneNumber | undefined {
  if (typeof input !== 'string') return undefined;
  // trim() removes exactly the rule's white space (phoneRule.space).
  const written = input.trim();
  if (!written || written.length > phoneRule.maxLength) return undefined;
  const compact = written.replace(new RegExp(phoneRule.separator, 'g'), '');

  if (matches(phoneRule.serviceCode, compact)) return { display: compact, href: `tel:${compact}`, dial: compact };

  const national = matches(phoneRule.usNational, compact)?.[1];
  if (national) {
    const display = `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
    return { display, href: `tel:+1${national}`, dial: `+1${national}` };
  }

  if (matches(phoneRule.international, compact)) {
    const display = written.replace(new RegExp(phoneRule.space, 'g'), ' ');
    return { display, href: `tel:${compact}`, dial: compact };
  }
  return undefined;
}
