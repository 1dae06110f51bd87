// Files the API hands out need the bearer token, so no plain link can fetch them: the blob is
// fetched by api.download and saved through a short-lived object URL (the CSP governs what a
// page loads, not what it saves, so blob: needs no exception).
import { h } from './dom.js';

/** Saves a downloaded {blob, filename} as the browser's download. */
export function saveFile({ blob, filename }) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
