// Dates typed as DD/MM/YYYY whatever the browser's language. A native <input type=date> shows
// its value in the browser's locale (an English browser shows 05/12/1980 for 12 May and reads
// what is typed month first), so every date field is a text field with a day-first mask: digits
// only, the slashes added as one types, checked when the field is left. The API gets ISO dates.
import { h } from './dom.js';
import { t } from './i18n.js';
import { date, parseDate } from './format.js';

/**
 * What is typed so far, day first with its slashes: "12051980" → "12/05/1980", "1/5/1980" stays,
 * "12" → "12/" (the slash comes once the day is complete). Text with other characters (an ISO
 * "1980-05-12", "12-05-1980") is left as typed; parseDate reads those when the field is left.
 */
function masked(text) {
  if (!/^[\d/]*$/.test(text)) return text;
  const parts = ['', '', ''];
  const widths = [2, 2, 4];
  let part = 0;
  for (const c of text) {
    if (c === '/') {
      if (part < 2 && parts[part]) part += 1;
    } else if (parts[part].length < widths[part]) {
      parts[part] += c;
    } else if (part < 2) {
      part += 1;
      parts[part] += c;
    }
  }
  while (part < 2 && parts[part].length === widths[part]) part += 1;
  return parts.slice(0, part + 1).join('/');
}

/** The error slot of the field the input sits in (forms.js field()), if any. */
function errorSlot(input) {
  return input.closest('.field')?.querySelector('.field-error') || null;
}

function showInvalid(input, message) {
  input.setAttribute('aria-invalid', 'true');
  const slot = errorSlot(input);
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
}

function clearInvalid(input) {
  if (input.dataset.dateError !== 'true') return;
  delete input.dataset.dateError;
  input.removeAttribute('aria-invalid');
  const slot = errorSlot(input);
  if (slot) {
    slot.textContent = '';
    slot.hidden = true;
  }
}

/**
 * A date field: value an ISO date ("1980-05-12") or empty; shown and typed as DD/MM/YYYY.
 * min and max (ISO) are checked when the field is left, as the day-first text is.
 */
export function dateInput({ value = '', min = null, max = null, attributes = {} } = {}) {
  const input = h('input', {
    type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', maxlength: 10,
    placeholder: t('date.placeholder'), 'data-date': 'true', ...attributes,
  });
  input.value = value ? date(value) : '';
  input.addEventListener('input', (event) => {
    // Deleting keeps what is left as it is; typing digits gets its slashes.
    if (event.inputType && event.inputType.startsWith('delete')) return;
    const next = masked(input.value);
    if (next !== input.value) input.value = next;
    clearInvalid(input);
  });
  input.addEventListener('blur', () => {
    const typed = input.value.trim();
    if (!typed) {
      clearInvalid(input);
      return;
    }
    const iso = parseDate(typed);
    if (!iso) {
      input.dataset.dateError = 'true';
      showInvalid(input, t('date.invalid'));
    } else if ((min && iso < min) || (max && iso > max)) {
      input.dataset.dateError = 'true';
      showInvalid(input, max && iso > max ? t('date.after_max', { max: date(max) }) : t('date.before_min', { min: date(min) }));
    } else {
      input.value = date(iso);
      clearInvalid(input);
    }
  });
  return input;
}

/**
 * What to send for a date field: the ISO date, undefined when empty, or the text as typed when it
 * is no date (the server then refuses it with date_invalid under the field, like every refusal).
 */
export function dateValue(input) {
  const typed = input.value.trim();
  if (!typed) return undefined;
  return parseDate(typed) || typed;
}

/** Sets a date field from an ISO date (or clears it). */
export function setDate(input, isoDate) {
  input.value = isoDate ? date(isoDate) : '';
}
