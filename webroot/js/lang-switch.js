// Bahasa Indonesia / English buttons, on the login card and in the header.
import { h } from './dom.js';
import { LANGUAGES, language, setLanguage, t } from './i18n.js';

export function langSwitch() {
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.label') },
    LANGUAGES.map((code) => h('button', {
      type: 'button',
      lang: code,
      title: t(`lang.${code}`),
      'aria-label': t(`lang.${code}`),
      'aria-pressed': String(code === language()),
      onclick: () => setLanguage(code),
    }, code.toUpperCase())));
}
