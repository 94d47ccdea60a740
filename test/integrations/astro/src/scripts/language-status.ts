// A second script that uses the kit (Vite puts what the two share, Lit included, in one chunk):
// it shows the widgets' language, which the reader changes in the picker.
import { getLocale } from 'kyr-widgets';

const output = document.querySelector<HTMLOutputElement>('#language');
document.addEventListener('kyr-locale-change', () => {
  if (output) output.value = getLocale();
});
