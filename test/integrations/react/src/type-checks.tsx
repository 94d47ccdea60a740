// Type-checked with the app, never bundled: what the generated typings must refuse.
import type {} from 'kyr-widgets/react';

export const refused = (
  <>
    <kyr-hotline-card
      // @ts-expect-error: a misspelled attribute is an error
      hotlin="311"
    />
    <kyr-detainer-explainer
      onkyr-decision={(e) => {
        // @ts-expect-error: the detail is typed (outcome is a string union)
        const wrong: number = e.detail.outcome;
        return wrong;
      }}
    />
  </>
);

// Listeners added by hand get typed details too (HTMLElementEventMap).
const picker = document.createElement('kyr-language-picker');
picker.addEventListener('kyr-locale-change', (e) => {
  const locale: 'en' | 'es' | 'zh-Hans' | 'zh-Hant' | 'ru' | 'bn' | 'ht' | 'ko' | 'ar' | 'ur' | 'fr' | 'pl' = e.detail.locale;
  // @ts-expect-error: no such field in LocaleChangeDetail
  return [locale, e.detail.language];
});
document.addEventListener('kyr-feedback', (e) => {
  // @ts-expect-error: answer is 'yes' | 'no'
  const answer: boolean = e.detail.answer;
  return answer;
});
