// The demo's reviewer sign-in: the token `npm start` prints goes with every request the review
// element makes (the record it loads and the review it posts), through `.requestInit`. It is kept
// for this browser tab only (sessionStorage). A county puts its own login here instead.
const KEY = 'fz-demo-reviewer-token';
const review = document.querySelector('fz-village-rule-review');
const form = document.getElementById('reviewer-sign-in');
const input = document.getElementById('reviewer-token');
const message = document.getElementById('reviewer-message');

function signIn(token) {
  // Set before or after the element loads: a new requestInit loads a refused record again.
  review.requestInit = { headers: { Authorization: `Bearer ${token}` } };
  form.hidden = true;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = input.value.trim();
  if (!token) {
    message.textContent = '请先粘贴审查人员口令。';
    input.focus();
    return;
  }
  sessionStorage.setItem(KEY, token);
  input.value = '';
  message.textContent = '';
  signIn(token);
});

// 401 from the record or the review: ask again. The review keeps every answer meanwhile.
review.addEventListener('fz-auth-required', () => {
  const hadToken = sessionStorage.getItem(KEY) !== null;
  sessionStorage.removeItem(KEY);
  form.hidden = false;
  if (hadToken) {
    message.textContent = '口令不正确或已失效（演示门户每次重启都会换新口令），请重新粘贴后点“确定”。';
    input.focus();
  }
});

// Hidden in the HTML: without this script the form could only put the token in a URL.
const saved = sessionStorage.getItem(KEY);
if (saved) signIn(saved);
else form.hidden = false;
