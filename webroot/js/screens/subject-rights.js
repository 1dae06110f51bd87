// Data subject rights (#/subject-rights, UU 27/2022): the person's report of everything held on
// them (the NIK typed into a masked field and sent in a POST body, never in the address; shown
// on screen or downloaded as the PDF in Indonesian), and the restriction and correction requests
// with their 3 × 24 hour clocks. ADMIN and OPERATOR answer requests; the AUDITOR reads the lists.
import * as api from '../api.js';
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { busy, clearProblem, field, formAlert, showProblem } from '../forms.js';
import { saveFile } from '../files.js';
import { renderReport } from './subject-report.js';
import { HANDLERS, correctionsCard, nikField, restrictionsCard } from './subject-requests.js';

function reportCard(alive) {
  const nik = nikField(t('subject.report.nik'), t('subject.report.nik_hint'));
  const result = h('div', { class: 'subject-report', 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': t('subject.report.heading') },
    nik.element,
    formAlert(),
    h('div', { class: 'actions-row' },
      h('button', { type: 'button', class: 'button secondary', onclick: () => pdf() }, t('subject.report.pdf')),
      h('button', { type: 'submit', class: 'button primary' }, t('subject.report.show'))));

  async function pdf() {
    await busy(form, async () => {
      clearProblem(form);
      try {
        saveFile(await api.downloadPost('/privacy/subject-report?format=PDF', { nik: nik.value() }));
      } catch (error) {
        showProblem(form, error, { subject_not_found: 'nik' });
      }
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await busy(form, async () => {
      clearProblem(form);
      try {
        const report = await api.post('/privacy/subject-report', { nik: nik.value() });
        if (!alive()) return;
        fill(result, renderReport(report));
        result.querySelector('h2')?.focus();
      } catch (error) {
        fill(result);
        showProblem(form, error, { subject_not_found: 'nik' });
      }
    });
  });

  return h('section', { class: 'card', 'aria-labelledby': 'subject-report-heading' },
    h('h2', { id: 'subject-report-heading' }, t('subject.report.heading')),
    h('p', { class: 'hint' }, t('subject.report.intro')),
    form, result);
}

export function render(main, { user, alive }) {
  const restrictions = restrictionsCard(user, alive);
  const corrections = correctionsCard(user, alive);
  // Only the roles that answer a request take the report (the auditor reveals nothing).
  const report = HANDLERS.includes(user.role) ? [reportCard(alive)] : [];
  main.append(h('h1', { tabindex: '-1' }, t('nav.subject_rights')), h('p', { class: 'lead' }, t('subject.lead')),
    ...report, restrictions.element, corrections.element);
}
