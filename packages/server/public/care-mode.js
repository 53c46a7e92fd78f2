// The portal's 关怀模式 switch: large text, high contrast and large targets in every fz- element
// on the page (their `care-mode` attribute) and in the page's own text, remembered on this device.
// A separate file, not an inline script, so the strict CSP (script-src 'self') allows it.
const KEY = 'fazhi-demo-care-mode';
const TAGS = 'fz-form, fz-list, fz-legal-aid-form, fz-village-rule-form, fz-village-rule-review, fz-power-list, fz-enforcement-notice';

function remembered() {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false; // storage blocked (private mode, policy): the switch still works for this page
  }
}

function remember(on) {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // as above
  }
}

function apply(button, on) {
  button.setAttribute('aria-pressed', String(on));
  document.documentElement.classList.toggle('care-mode', on);
  for (const element of document.querySelectorAll(TAGS)) element.toggleAttribute('care-mode', on);
}

const button = document.querySelector('.care-toggle');
if (button) {
  apply(button, remembered());
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    apply(button, on);
    remember(on);
  });
}
