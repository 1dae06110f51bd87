// Dates typed as DD/MM/YYYY whatever the browser's language. A native <input type=date> shows
// its value in the browser's locale (an English browser shows 05/12/1980 for 12 May and reads
// what is typed month first), so every date field is a text field with a day-first mask: digits
// only, the slashes added as one types, checked when the field is left. The API gets ISO dates.
// A date and time (a breach found, a notice sent) is one field too: DD/MM/YYYY HH:MM, Jakarta
// time, the hour and minutes as the other time fields take them ("12/05/2026 09:30").
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

/** Checks the field when it is left: check(typed) gives an error message, or null and the text to show. */
function checkedOnBlur(input, check) {
  input.addEventListener('blur', () => {
    const typed = input.value.trim();
    if (!typed) {
      clearInvalid(input);
      return;
    }
    const { error, shown } = check(typed);
    if (error) {
      input.dataset.dateError = 'true';
      showInvalid(input, error);
    } else {
      input.value = shown;
      clearInvalid(input);
    }
  });
}

/** A text field that masks what is typed with mask(), except while deleting. */
function maskedField(mask, attributes) {
  const input = h('input', {
    type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'data-date': 'true', ...attributes,
  });
  input.addEventListener('input', (event) => {
    // Deleting keeps what is left as it is; typing digits gets its slashes.
    if (event.inputType && event.inputType.startsWith('delete')) return;
    const next = mask(input.value);
    if (next !== input.value) input.value = next;
    clearInvalid(input);
  });
  return input;
}

/**
 * A date field: value an ISO date ("1980-05-12") or empty; shown and typed as DD/MM/YYYY.
 * min and max (ISO) are checked when the field is left, as the day-first text is.
 */
export function dateInput({ value = '', min = null, max = null, attributes = {} } = {}) {
  const input = maskedField(masked, { maxlength: 10, placeholder: t('date.placeholder'), ...attributes });
  input.value = value ? date(value) : '';
  checkedOnBlur(input, (typed) => {
    const iso = parseDate(typed);
    if (!iso) return { error: t('date.invalid') };
    if (max && iso > max) return { error: t('date.after_max', { max: date(max) }) };
    if (min && iso < min) return { error: t('date.before_min', { min: date(min) }) };
    return { shown: date(iso) };
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

/** "0930" → "09:30", "9.30" → "9:30": the hour, a colon once it is complete, the minutes. */
function maskedTime(text) {
  const match = /^(\d{0,2})(?:([.:])(\d{0,2}))?$/.exec(text);
  if (match) {
    const [, hour, separator, minutes = ''] = match;
    return hour.length === 2 || separator ? `${hour}:${minutes}` : hour;
  }
  const digits = /^(\d{2})(\d{1,2})$/.exec(text);
  return digits ? `${digits[1]}:${digits[2]}` : text;
}

/** "031220260930" → "03/12/2026 09:30": the date's mask, a space once the year is complete, the time's. */
function maskedDateTime(text) {
  if (!/^[\d/ .:]*$/.test(text)) return text;
  const [day, ...rest] = text.split(' ');
  let time = rest.join('');
  let shown = masked(day);
  const overflow = /^(\d{1,2}\/\d{1,2}\/\d{4})(\d+)$/.exec(day);
  if (overflow) {
    shown = overflow[1];
    time = overflow[2] + time;
  }
  const complete = /\/\d{4}$/.test(shown);
  return complete ? `${shown} ${maskedTime(time)}` : shown;
}

/**
 * A typed date and time in Jakarta → "YYYY-MM-DDTHH:MM", or null: "03/12/2026 09:30" (or 9.30),
 * and the ISO "2026-12-03T09:30" too.
 */
export function parseDateTime(text) {
  const typed = String(text || '').trim();
  const match = /^(\S+)(?:\s+|T)(\d{1,2})[.:](\d{2})$/.exec(typed);
  if (!match) return null;
  const day = parseDate(match[1]);
  const [hour, minutes] = [Number(match[2]), Number(match[3])];
  if (!day || hour > 23 || minutes > 59) return null;
  return `${day}T${String(hour).padStart(2, '0')}:${match[3]}`;
}

function shownDateTime(local) {
  return `${date(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** A date-and-time field in Jakarta time: value "YYYY-MM-DDTHH:MM" or empty; typed as DD/MM/YYYY HH:MM. */
export function dateTimeInput({ value = '', attributes = {} } = {}) {
  const input = maskedField(maskedDateTime, { maxlength: 16, placeholder: t('date_time.placeholder'), ...attributes });
  input.value = value ? shownDateTime(value) : '';
  checkedOnBlur(input, (typed) => {
    const local = parseDateTime(typed);
    return local ? { shown: shownDateTime(local) } : { error: t('date_time.invalid') };
  });
  return input;
}

/** What to send for a date-and-time field: "YYYY-MM-DDTHH:MM", undefined when empty, else the text as typed. */
export function dateTimeValue(input) {
  const typed = input.value.trim();
  if (!typed) return undefined;
  return parseDateTime(typed) || typed;
}
