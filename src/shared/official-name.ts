import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale } from '../i18n/runtime.js';

/** An official English name (an office, a program) and what it means in the reader's language. */
export interface OfficialName {
  english: string;
  translated: () => string;
}

/**
 * Keeps the official English name, so a reader can find it on City pages
 * and say it on the phone, marked `lang="en"` (WCAG 3.1.2) and isolated for
 * right-to-left text, with the translation in parentheses (the locale's own).
 */
export function officialName(name: OfficialName): TemplateResult {
  const translated = name.translated();
  if (getLocale() === 'en' || translated === name.english) return html`${name.english}`;
  return msg(html`${html`<span lang="en" dir="ltr">${name.english}</span>`} (${translated})`, { id: 'official-name.with-translation' });
}
