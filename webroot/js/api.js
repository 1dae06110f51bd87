// The one way the console talks to /api/v1. The access token lives in this module's memory
// only (never localStorage/sessionStorage); the refresh token is an HttpOnly, SameSite=Strict
// cookie on /api/v1/auth that no script can read. On a 401 the request is retried once after
// a silent refresh; if that fails too, the session is over: the app asks for the password over
// whatever is open (onSessionLost) and, once signed in again, the request is sent once more, so
// nothing typed is lost.

const BASE = '/api/v1';
const ACCEPT = 'application/json, application/problem+json';

let accessToken = null;
let refreshing = null;
let sessionLost = async () => false;
let recovering = null;

/** An RFC 9457 problem (or a network failure, status 0) as an Error the screens can show. */
export class ApiError extends Error {
  constructor(status, problem = {}, retryAfterSeconds = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code || null;
    this.detail = problem.detail || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * callback() runs once a request found the session gone (refresh refused) and resolves to true
 * when the user signed in again (the request is then sent again), false when not. Requests that
 * find the session gone meanwhile wait for the same answer: one question, however many requests.
 */
export function onSessionLost(callback) {
  sessionLost = callback;
}

function recover() {
  if (!recovering) {
    recovering = Promise.resolve().then(() => sessionLost()).catch(() => false).finally(() => {
      recovering = null;
    });
  }
  return recovering;
}

/**
 * fetch, through XMLHttpRequest: fetch cannot report how much of a request body has been sent,
 * XHR can (upload.onprogress). onProgress(sent, total) follows the body, the last call once the
 * whole body has gone (XHR fires a final progress event before the upload's load); the answer
 * comes back as a fetch Response, so everything after the transport is the same for both.
 * Same-origin XHR sends the cookies, as credentials: 'same-origin' does.
 */
function fetchWithUploadProgress(url, { method, headers, body }, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.responseType = 'blob';
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const size = body?.size ?? 0;
    xhr.upload.addEventListener('progress', (event) => onProgress(event.loaded, event.lengthComputable ? event.total : size));
    xhr.addEventListener('load', () => {
      const answer = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) answer.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(empty ? null : xhr.response, { status: xhr.status, statusText: xhr.statusText, headers: answer }));
    });
    for (const failure of ['error', 'abort', 'timeout']) {
      xhr.addEventListener(failure, () => reject(new TypeError(`upload ${failure}`)));
    }
    xhr.send(body);
  });
}

async function call(path, { method = 'GET', body, headers = {}, token = accessToken, onUploadProgress } = {}) {
  const all = { Accept: ACCEPT, ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  // A FormData body (an upload) sets its own multipart Content-Type with the boundary; a file
  // (Blob) goes as it is, under the Content-Type the caller names.
  const raw = body instanceof FormData || body instanceof Blob;
  if (body !== undefined && !raw) all['Content-Type'] = 'application/json';
  const init = {
    method,
    headers: all,
    body: body === undefined || raw ? body : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  };
  try {
    return await (onUploadProgress ? fetchWithUploadProgress(BASE + path, init, onUploadProgress) : fetch(BASE + path, init));
  } catch {
    throw new ApiError(0, { code: 'network_error' });
  }
}

async function content(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

async function problemOf(response) {
  let problem = {};
  try {
    const body = await content(response);
    if (body && typeof body === 'object') problem = body;
  } catch {
    // A body that is not JSON still leaves the status to report.
  }
  const header = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  const retryAfter = header > 0 ? header : problem.retryAfterSeconds ?? null;
  return new ApiError(response.status, problem, retryAfter);
}

/**
 * Renews the access token with the refresh cookie. Concurrent callers share one request:
 * the cookie rotates on every use, and presenting a spent one revokes the whole session.
 * Resolves to the session ({accessToken, user, …}) or null.
 */
export function refresh() {
  if (!refreshing) {
    refreshing = call('/auth/refresh', { method: 'POST', token: null })
      .then(async (response) => {
        if (!response.ok) {
          accessToken = null;
          return null;
        }
        const session = await response.json();
        accessToken = session.accessToken;
        return session;
      })
      .catch(() => null)
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

/** Signs in; the server sets the refresh cookie. Resolves to the user, throws ApiError. */
export async function login(username, password) {
  const response = await call('/auth/login', {
    method: 'POST',
    token: null,
    body: { username, password, useCookie: true },
  });
  if (!response.ok) throw await problemOf(response);
  const session = await response.json();
  accessToken = session.accessToken;
  return session.user;
}

/** Ends the session on the server (revokes the refresh token, clears the cookie) and here. */
export async function logout() {
  try {
    await call('/auth/logout', { method: 'POST', token: null });
  } finally {
    accessToken = null;
  }
}

/**
 * A fresh Idempotency-Key (128 random bits). getRandomValues, unlike randomUUID, works on plain
 * http too, which an office network may well use.
 */
function idempotencyKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The successful response, after one silent refresh on a 401; throws ApiError. Every POST
 * carries an Idempotency-Key, the same on the retry, so the server never does it twice.
 */
async function send(path, options = {}) {
  if (options.method === 'POST' && !options.headers?.['Idempotency-Key']) {
    options = { ...options, headers: { ...options.headers, 'Idempotency-Key': idempotencyKey() } };
  }
  let response = await call(path, options);
  if (response.status === 401) {
    const session = await refresh();
    if (session || await recover()) {
      // The same Idempotency-Key: a request refused at the door did nothing, so it runs once.
      response = await call(path, options);
    }
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** Any API call: resolves to {status, body, etag}, throws ApiError. */
export async function request(path, options = {}) {
  const response = await send(path, options);
  return { status: response.status, body: await content(response), etag: response.headers.get('ETag') };
}

async function saved(response) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), filename: match ? match[1] : 'download' };
}

/**
 * A file from the API (it needs the bearer token, so no plain link): {blob, filename}. options:
 * a POST with its JSON body, for a file whose filters hold a NIK ({ method: 'POST', body }).
 */
export async function download(path, options = {}) {
  return saved(await send(path, { ...options, headers: { ...options.headers, Accept: '*/*' } }));
}

/** A file answered to a POST whose body carries what must never go in an address (a NIK): {blob, filename}. */
export async function downloadPost(path, body) {
  return download(path, { method: 'POST', body });
}

/** A multipart upload (FormData); resolves to the created resource. */
export async function upload(path, form) {
  return (await request(path, { method: 'POST', body: form })).body;
}

/**
 * One user intent that changes something (create a batch, apply a bank file): send(key) runs
 * with an Idempotency-Key that is reused only when the previous attempt's answer never arrived
 * (network failure) or is still being worked on (409 idempotency_in_progress), so a retry
 * cannot do the work twice; after any answer the next attempt is a new intent.
 */
export function intent() {
  let key = null;
  return async (attempt) => {
    key = key || idempotencyKey();
    try {
      const result = await attempt(key);
      key = null;
      return result;
    } catch (error) {
      if (error.status !== 0 && error.code !== 'idempotency_in_progress') key = null;
      throw error;
    }
  };
}

/** A POST under an Idempotency-Key (see intent); resolves to the response body. */
export async function postOnce(path, body, key) {
  return (await request(path, { method: 'POST', body, headers: { 'Idempotency-Key': key } })).body;
}

/**
 * A file POSTed as the request body itself (not multipart), under the given Idempotency-Key
 * (see intent) or a fresh one; resolves to {status, body, etag}. With onProgress(sent, total) the
 * file goes through XMLHttpRequest so the screen can show the upload itself (a retry after a
 * token refresh starts again from 0).
 */
export async function postFile(path, file, contentType, key, onProgress) {
  const headers = { 'Content-Type': contentType };
  if (key) headers['Idempotency-Key'] = key;
  return request(path, { method: 'POST', body: file, headers, onUploadProgress: onProgress });
}

export async function get(path) {
  return (await request(path)).body;
}

export async function post(path, body) {
  return (await request(path, { method: 'POST', body })).body;
}

/** POST that also wants the response's ETag (a created resource the user edits next). */
export async function create(path, body) {
  return request(path, { method: 'POST', body });
}

/** PUT under optimistic locking, e.g. a worker's whole heir list. */
export async function put(path, body, etag) {
  return request(path, { method: 'PUT', body, headers: { 'If-Match': etag } });
}

/** PATCH under optimistic locking: etag is the ETag of the version the user edited. */
export async function patch(path, body, etag) {
  return request(path, { method: 'PATCH', body, headers: { 'If-Match': etag } });
}
