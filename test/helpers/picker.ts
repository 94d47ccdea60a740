/**
 * Reaches a picker's select as a reader does (a tap or Tab focuses it), so it lists every
 * language, then chooses `locale` in it. Until it is reached, the select holds only the language
 * in use (a browser would lay out every option's script to size it).
 */
export async function chooseLanguage(picker: Element, locale: string): Promise<HTMLSelectElement> {
  const select = picker.shadowRoot!.querySelector('select')!;
  select.focus();
  await (picker as Element & { updateComplete: Promise<unknown> }).updateComplete;
  select.value = locale;
  select.dispatchEvent(new Event('change'));
  return select;
}
