// "Tambah pekerja" asks before it saves: POST /workers/duplicate-check with the draft (the NIK
// in the body, never in an address). Possible duplicates are shown in the form (masked NIK,
// name, birth date, kelurahan, why) with "Simpan tetap", which needs a reason; the worker then
// enters the duplicate review queue and is not enrolled until it is resolved.
import { h, uniqueId } from '../dom.js';
import { t, has } from '../i18n.js';
import { date } from '../format.js';
import { field } from '../forms.js';

/** The panel; show(candidates, ref) fills it, hide() empties it, reason() is the text to send. */
export function duplicatePanel() {
  const headingId = uniqueId('duplicates-heading');
  const list = h('ul', { class: 'duplicate-list' });
  const reasonInput = h('textarea', { rows: 2, maxlength: 500 });
  const saveAnyway = h('button', { type: 'button', class: 'button primary' }, t('duplicates.save_anyway'));
  const section = h('section', { class: 'warnings duplicate-warning', hidden: true, 'aria-labelledby': headingId },
    h('h3', { id: headingId, tabindex: '-1' }, t('duplicates.heading')),
    h('p', {}, t('duplicates.intro')),
    list,
    field({ name: 'duplicateReason', label: t('duplicates.reason'), control: reasonInput, hint: t('duplicates.reason_hint') }),
    h('div', { class: 'actions-row' }, saveAnyway));
  return {
    element: section,
    saveAnyway,
    get shown() {
      return !section.hidden;
    },
    show(candidates, ref) {
      list.replaceChildren(...candidates.map((c) => candidateItem(c, ref)));
      section.hidden = false;
      section.querySelector('h3').focus();
    },
    hide() {
      section.hidden = true;
      list.replaceChildren();
      reasonInput.value = '';
    },
    /** The reason on one line (the server refuses control characters), or '' when none. */
    reason() {
      return reasonInput.value.replace(/\s+/g, ' ').trim();
    },
  };
}

function why(candidate) {
  return has(`duplicates.why.${candidate.why}`) ? t(`duplicates.why.${candidate.why}`) : candidate.message;
}

function candidateItem(candidate, ref) {
  if (!candidate.visible) {
    return h('li', { 'data-code': candidate.why }, h('strong', {}, t('duplicates.elsewhere')), ' — ', why(candidate));
  }
  return h('li', { 'data-code': candidate.why, 'data-worker-id': candidate.workerId },
    h('strong', {}, candidate.fullName), ' · ', h('span', { class: 'nik' }, candidate.nik), ' · ',
    date(candidate.birthDate), ' · ', ref.regionName(candidate.kelurahanCode),
    h('br'), h('span', { class: 'sub' }, why(candidate)), ' ',
    h('a', { href: `#/workers/${candidate.workerId}`, target: '_blank', rel: 'noopener' }, t('workers.warnings.open')));
}
