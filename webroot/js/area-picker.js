// A field officer's kelurahan, chosen by name: a search box over every kelurahan of the city
// ("Kelurahan Samaan, Kec. Klojen"), a checkbox each, and the chosen ones listed above with a
// button to take each away. The API still gets codes; nobody types one.
import { h, uniqueId } from './dom.js';
import { t } from './i18n.js';
import { reference } from './reference.js';

/** Lower case without accents, so "oro-oro" finds "Oro-oro Dowo" and "kec klojen" finds Klojen. */
function folded(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "Kelurahan Samaan, Kec. Klojen". */
export function areaLabel(ref, code) {
  return t('areas.kelurahan_of', { name: ref.regionName(code), kecamatan: ref.regionName(code.slice(0, 8)) });
}

/**
 * The picker as a field named `name` (errors[] of that field land in it). values() gives the
 * chosen codes in the city's order; set(codes) replaces the choice.
 */
export function areaPicker({ name = 'kelurahanCodes', label, hint }) {
  const chosen = new Set();
  const searchId = uniqueId('area-search');
  const search = h('input', { type: 'search', id: searchId, autocomplete: 'off', spellcheck: 'false',
    placeholder: t('areas.search_placeholder') });
  const summary = h('p', { class: 'hint area-count', 'aria-live': 'polite' });
  const selectedList = h('ul', { class: 'area-chosen', 'aria-label': t('areas.chosen') });
  const options = h('ul', { class: 'area-options' }, h('li', { class: 'muted' }, t('app.loading')));
  const error = h('p', { class: 'field-error', hidden: true, id: uniqueId('area-error') });
  search.setAttribute('aria-describedby', error.id);
  let all = [];
  let ref = null;

  function drawChosen() {
    const codes = all.map((a) => a.code).filter((code) => chosen.has(code));
    summary.textContent = t('areas.count', { count: codes.length });
    selectedList.replaceChildren(...codes.map((code) => h('li', {}, h('span', {}, areaLabel(ref, code)),
      h('button', { type: 'button', class: 'link-button', 'aria-label': t('areas.remove', { name: areaLabel(ref, code) }),
        onclick: () => toggle(code, false) }, t('areas.remove_short')))));
    options.querySelectorAll('input[type=checkbox]').forEach((box) => {
      box.checked = chosen.has(box.value);
    });
  }

  function toggle(code, on) {
    if (on) chosen.add(code);
    else chosen.delete(code);
    drawChosen();
  }

  function filter() {
    const words = folded(search.value).split(' ').filter(Boolean);
    let shown = 0;
    options.querySelectorAll('li[data-code]').forEach((item) => {
      const match = words.every((w) => item.dataset.search.includes(w));
      item.hidden = !match;
      if (match) shown += 1;
    });
    options.querySelector('.area-none').hidden = shown > 0;
  }

  search.addEventListener('input', filter);
  // Enter in the search box ticks the only kelurahan left, never submits the dialog.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const visible = [...options.querySelectorAll('li[data-code]:not([hidden]) input')];
    if (visible.length === 1) toggle(visible[0].value, true);
  });

  reference().then((loaded) => {
    ref = loaded;
    all = ref.kecamatan.flatMap((kc) => kc.kelurahan.map((k) => ({ code: k.code, label: areaLabel(ref, k.code) })));
    options.replaceChildren(...all.map((a) => {
      const id = uniqueId('area');
      return h('li', { 'data-code': a.code, 'data-search': `${folded(a.label)} ${a.code}` },
        h('input', { type: 'checkbox', id, value: a.code, onchange: (event) => toggle(a.code, event.target.checked) }),
        h('label', { for: id }, a.label));
    }), h('li', { class: 'muted area-none', hidden: true }, t('areas.no_match')));
    drawChosen();
    filter();
  }, () => {
    options.replaceChildren(h('li', { class: 'form-error' }, t('problem.generic')));
  });

  const element = h('fieldset', { class: 'field area-picker', 'data-field': name },
    h('legend', {}, label),
    hint ? h('p', { class: 'hint' }, hint) : null,
    selectedList, summary,
    h('label', { for: searchId }, t('areas.search')),
    search, options, error);
  return {
    element,
    values: () => all.map((a) => a.code).filter((code) => chosen.has(code)).concat(
      [...chosen].filter((code) => !all.some((a) => a.code === code))),
    set: (codes) => {
      chosen.clear();
      codes.forEach((code) => chosen.add(code));
      if (ref) drawChosen();
    },
  };
}
