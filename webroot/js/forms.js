// Labelled fields and the API's problem+json shown where it belongs: each entry of
// errors[] under its field, anything else in the form's alert line.
import { h, uniqueId } from './dom.js';
import { has, t } from './i18n.js';
import { minutesFromSeconds } from './format.js';

/**
 * A labelled field. `name` is the API's field name, so errors[].field finds it;
 * `control` is the input/select (its id is set here).
 */
export function field({ name, label, control, hint }) {
  const id = control.id || uniqueId(name);
  control.id = id;
  control.name = control.name || name;
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hintElement?.id, error.id].filter(Boolean).join(' '));
  return h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, label), control, hintElement, error);
}

/** A checkbox with its label to the right. */
export function checkbox({ name, label, checked }) {
  const id = uniqueId(name);
  const input = h('input', { type: 'checkbox', id, name, checked });
  return h('div', { class: 'field checkbox', 'data-field': name }, input, h('label', { for: id }, label),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
}

/** The form's own alert line, for problems that belong to no single field. */
export function formAlert() {
  return h('p', { class: 'form-error', role: 'alert', hidden: true });
}

/** The message for one errors[] entry: our translation of its code, else the server's text. */
export function fieldMessage(entry) {
  const key = `error.${entry.code}`;
  return has(key) ? t(key) : entry.message || t('problem.generic');
}

/** The message for a whole problem: our translation of its code, else its detail. */
export function problemMessage(error) {
  if (error.code === 'login_locked' && error.retryAfterSeconds) {
    return t('problem.login_locked', { minutes: minutesFromSeconds(error.retryAfterSeconds) });
  }
  const key = `problem.${error.code}`;
  if (error.code && has(key)) return t(key);
  return error.detail || t('problem.generic');
}

export function clearProblem(form) {
  form.querySelectorAll('.field-error').forEach((element) => {
    element.hidden = true;
    element.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((element) => element.removeAttribute('aria-invalid'));
  form.querySelectorAll('.form-error').forEach((element) => {
    element.hidden = true;
    element.textContent = '';
  });
}

/**
 * Shows an ApiError on the form and moves focus to the first thing to fix.
 * `codeFields` places field-less problems under a field, e.g. { username_taken: 'username' }.
 */
export function showProblem(form, error, codeFields = {}) {
  clearProblem(form);
  const entries = error.errors.length ? error.errors
    : codeFields[error.code] ? [{ field: codeFields[error.code], code: error.code, message: problemMessage(error) }] : [];
  const unplaced = [];
  let first = null;
  for (const entry of entries) {
    // A list row's own field (heirs[1].nik) when the form has one, else the list's field.
    const exact = String(entry.field || '');
    const wrapper = form.querySelector(`[data-field="${CSS.escape(exact)}"]`)
      || form.querySelector(`[data-field="${CSS.escape(exact.replace(/\[\d+\].*$/, ''))}"]`);
    const message = error.errors.length ? fieldMessage(entry) : entry.message;
    if (!wrapper || wrapper.hidden) {
      unplaced.push(message);
      continue;
    }
    const slot = wrapper.querySelector('.field-error');
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    slot.hidden = false;
    const control = wrapper.querySelector('input, select, textarea');
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  const alert = form.querySelector('.form-error');
  if (alert && (entries.length === 0 || unplaced.length)) {
    alert.textContent = [entries.length ? t('problem.fix_fields') : problemMessage(error), ...unplaced].join(' ');
    alert.hidden = false;
  }
  if (first) {
    first.focus();
  } else if (alert) {
    alert.tabIndex = -1;
    alert.focus();
  }
}

/** Runs an async submit with the submit button disabled, so a double click sends once. */
export async function busy(form, action) {
  const buttons = form.querySelectorAll('button');
  buttons.forEach((button) => {
    button.disabled = true;
  });
  form.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    buttons.forEach((button) => {
      button.disabled = false;
    });
    form.removeAttribute('aria-busy');
  }
}
