// Files the API hands out need the bearer token, so no plain link can fetch them: the blob is
// fetched by api.download and saved through a short-lived object URL (the CSP governs what a
// page loads, not what it saves, so blob: needs no exception).
import { h } from './dom.js';
import { t } from './i18n.js';
import { fieldMessage, problemMessage } from './forms.js';

/** Saves a downloaded {blob, filename} as the browser's download. */
export function saveFile({ blob, filename }) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A button that downloads a file: fetch() resolves to api.download's {blob, filename}; while it
 * runs the button is disabled, and status (a role="status" element) says what happened — the
 * file saved, or the API's refusal in words (a field error such as report_too_large included).
 */
export function downloadButton({ label, fetch, status, alive, className = 'button secondary' }) {
  return h('button', {
    type: 'button',
    class: className,
    onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      status.textContent = t('download.working');
      try {
        const file = await fetch();
        if (!alive()) return;
        saveFile(file);
        status.textContent = t('download.done', { file: file.filename });
      } catch (error) {
        if (alive()) status.textContent = error.errors?.length ? fieldMessage(error.errors[0]) : problemMessage(error);
      } finally {
        button.disabled = false;
      }
    },
  }, label);
}
