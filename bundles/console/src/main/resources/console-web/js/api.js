// The REST API as integrators use it: HTTP Basic on every call, labels in the console's language.
import { lang } from './i18n.js';

const KEY = 'chrysalis.console.credentials';
let onUnauthorized = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

export function setCredentials(user, password) {
  // base64 of UTF-8, so user names in Chinese work
  const bytes = new TextEncoder().encode(user + ':' + password);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function hasCredentials() {
  return sessionStorage.getItem(KEY) !== null;
}

export function clearCredentials() {
  sessionStorage.removeItem(KEY);
}

export function whenUnauthorized(callback) {
  onUnauthorized = callback;
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = {
    'Accept': 'application/json',
    'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN',
    // tells the platform not to send a Basic challenge, which would open the browser's own dialog
    'X-Requested-With': 'XMLHttpRequest',
  };
  const credentials = sessionStorage.getItem(KEY);
  if (credentials) {
    headers['Authorization'] = 'Basic ' + credentials;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch('/api/v1/' + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && credentials) {
      onUnauthorized();
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

/** Query string from the non-empty entries of an object. */
export function query(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries).toString() : '';
}
