// Console entry point. The access token lives in memory only; the refresh token is an
// HttpOnly cookie the server sets for the console (useCookie), so no script can read it.
let session = null;

const $ = (id) => document.getElementById(id);

async function login(event) {
  event.preventDefault();
  $('login-error').hidden = true;
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: $('username').value, password: $('password').value, useCookie: true }),
  });
  const body = await response.json();
  if (!response.ok) {
    $('login-error').textContent = body.detail || 'Gagal masuk.';
    $('login-error').hidden = false;
    return;
  }
  session = body;
  $('who').textContent = body.user.username;
  $('role').textContent = body.user.role;
  $('login-form').hidden = true;
  $('session').hidden = false;
}

async function logout() {
  await fetch('/api/v1/auth/logout', { method: 'POST' });
  session = null;
  $('session').hidden = true;
  $('login-form').hidden = false;
  $('password').value = '';
}

$('login-form').addEventListener('submit', login);
$('logout').addEventListener('click', logout);
