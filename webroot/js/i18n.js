// Every visible string comes from here. Bahasa Indonesia by default; the English choice is
// remembered in localStorage (a language preference is not sensitive).
import id from './lang/id.js';
import en from './lang/en.js';

const STORAGE_KEY = 'ngopeni.lang';
const DICTIONARIES = { id, en };
const listeners = [];
let current = stored();

function stored() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value in DICTIONARIES ? value : 'id';
  } catch {
    return 'id';
  }
}

export const LANGUAGES = Object.keys(DICTIONARIES);

export function language() {
  return current;
}

export function setLanguage(next) {
  if (!(next in DICTIONARIES) || next === current) return;
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = next;
  listeners.forEach((listener) => listener(next));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function has(key) {
  return key in DICTIONARIES[current] || key in DICTIONARIES.id;
}

function lookup(key) {
  const value = DICTIONARIES[current][key] ?? DICTIONARIES.id[key];
  if (value === undefined) {
    console.warn(`Missing translation: ${key}`);
    return key;
  }
  return value;
}

/** t('users.created', { name: 'siti' }) fills {name}. */
export function t(key, params = {}) {
  return String(lookup(key)).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Translates the static markup of index.html: data-i18n (text), data-i18n-aria-label. */
export function translateStatic(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  });
}
