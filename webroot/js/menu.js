// The menu on a phone (phone.css, up to 600 px): folded away behind the Menu button in the header
// and unfolded between the header and the screen; wider screens always show it (no button).
// It folds again when a screen is chosen (the current one too), and on Escape.
export function foldingMenu(shell, button) {
  const menu = document.getElementById(button.getAttribute('aria-controls'));
  const set = (open) => {
    shell.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(!shell.classList.contains('menu-open')));
  menu.addEventListener('click', (event) => {
    if (event.target.closest('a')) set(false);
  });
  shell.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !shell.classList.contains('menu-open')) return;
    set(false);
    button.focus();
  });
  return { close: () => set(false) };
}
