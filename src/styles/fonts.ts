import { css } from 'lit';

/**
 * Font stacks per script, chosen with `:lang()` on every element that carries a `lang` (each
 * widget's root, the picker's options, an English official name inside Arabic text).
 *
 * One long stack for every script made browsers match families a page did not need (an
 * English page set up Bengali, Arabic, Urdu and 19.5 MB of CJK fonts), and its order drew
 * Traditional Chinese and Korean with Simplified Chinese glyph shapes and never reached the
 * Urdu Nastaliq face. Each stack here names its script's own faces first and ends in the
 * generic family, which browsers also resolve per language. Arabic and Bengali text carries Latin
 * names and digits: the system font first draws those and, where it has the script (Windows,
 * macOS, Android), the script too, so a browser matches no family it does not need; Urdu keeps
 * its Nastaliq faces first, since a system font would draw it in Naskh. A partner's
 * `--kyr-font-family` replaces every stack.
 */
export const fontStyles = css`
  /* Latin (English, Spanish, French, Polish, Haitian Creole) and Cyrillic: the system's UI font. */
  /* Also phone numbers and addresses inside Urdu text: the Nastaliq face's Latin is not for reading numbers. */
  [lang],
  [lang]:lang(ur) bdi[dir='ltr'] {
    font-family: var(--kyr-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
  }
  /* Traditional Chinese: TC faces first, for Traditional glyph shapes. */
  [lang]:lang(zh-Hant) {
    font-family: var(--kyr-font-family, 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif);
  }
  [lang]:lang(zh-Hans) {
    font-family: var(--kyr-font-family, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
  }
  /* Korean: KR faces first. */
  [lang]:lang(ko) {
    font-family: var(--kyr-font-family, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif);
  }
  /* Urdu is written in Nastaliq: its own face before any Naskh (Arabic) one. */
  [lang]:lang(ur) {
    font-family: var(--kyr-font-family, 'Noto Nastaliq Urdu', 'Urdu Typesetting', 'Jameel Noori Nastaleeq', system-ui, 'Noto Sans Arabic', sans-serif);
  }
  [lang]:lang(ar) {
    font-family: var(--kyr-font-family, system-ui, 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Geeza Pro', Tahoma, sans-serif);
  }
  [lang]:lang(bn) {
    font-family: var(--kyr-font-family, system-ui, 'Noto Sans Bengali', 'Kohinoor Bangla', 'Nirmala UI', Vrinda, sans-serif);
  }
`;
