// Bahasa Indonesia / English buttons, on the login card and in the header.
import { h } from './dom.js';
import { LANGUAGES, language, setLanguage, t } from './i18n.js';

export function langSwitch() {
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.label') },
    LANGUAGES.map((code) => h('button', {
      type: 'button',
      lang: code,
      title: t(`lang.${code}`),
      // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
      'aria-label': `${code.toUpperCase()} (${t(`lang.${code}`)})`,
      'aria-pressed': String(code === language()),
      onclick: () => setLanguage(code),
    }, code.toUpperCase())));
}
