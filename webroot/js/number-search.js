// Finding a claim, payout or batch by the number people read aloud and type (KLM-2026-000123,
// BYR-…, BTH-…): a small search form above a list. The number is read loosely, as the API reads
// it (any case, dashes and leading zeros optional); one of another kind is said at once.
import { h } from './dom.js';
import { t } from './i18n.js';
import { field } from './forms.js';

const TYPED = /^([A-Za-z]{3})-?(\d{4})-?0*(\d{1,12})$/;

/** The number as the API stores it, or null when `text` is no number with `prefix`. */
export function recordNumber(prefix, text) {
  const m = TYPED.exec(String(text).trim());
  if (!m || m[1].toUpperCase() !== prefix || Number(m[3]) === 0) return null;
  return `${prefix}-${m[2]}-${m[3].padStart(6, '0')}`;
}

/**
 * numberSearch({ kind: 'claim' | 'payout' | 'batch', prefix, onSearch }): onSearch(number) with
 * the number as stored, or onSearch(null) when the field is emptied (back to the list).
 */
export function numberSearch({ kind, prefix, onSearch }) {
  const input = h('input', { type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: 40, inputmode: 'text',
    placeholder: `${prefix}-2026-000123` });
  const wrapper = field({ name: 'number', label: t(`numbers.search_${kind}`), control: input, hint: t('numbers.search_hint') });
  const error = wrapper.querySelector('.field-error');
  const form = h('form', { class: 'number-search', role: 'search', 'aria-label': t(`numbers.search_${kind}`), novalidate: true },
    wrapper,
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button secondary' }, t('numbers.find'))));

  function show(message) {
    error.textContent = message || '';
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      show(null);
      onSearch(null);
      return;
    }
    const number = recordNumber(prefix, text);
    if (!number) {
      show(t(`numbers.not_a_${kind}`, { example: `${prefix}-2026-000123` }));
      input.focus();
      return;
    }
    show(null);
    input.value = number;
    onSearch(number);
  });
  input.addEventListener('search', () => {
    if (!input.value) {
      show(null);
      onSearch(null);
    }
  });
  return form;
}
