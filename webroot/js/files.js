// Files from the API reach the user through an object URL: the API needs the bearer token,
// so a plain link to it would not work.
import { h } from './dom.js';

/** Saves a downloaded {blob, filename} (see api.download) as a file. */
export function saveFile({ blob, filename }) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
