import { buildVCard, vCardFileName, type ContactCard } from './vcard.js';

/**
 * Saves a hotline as a contact file (the browser downloads it; a phone offers to add it to the
 * contacts). A chunk of its own with the vCard builder, fetched when a reader reaches the button.
 * The hidden link is clicked inside `root`, the widget's shadow root, never in the page's DOM.
 */
export function saveContactFile(root: ParentNode, card: ContactCard): void {
  const url = URL.createObjectURL(new Blob([buildVCard(card)], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = vCardFileName(card.name);
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
