/*
 * The customer's pages (status.html, satisfaction.html): language and calls to /api/customer (no login; rate
 * limited, answers without personal data). Chinese unless the browser asks for English; ?lang=en|zh switches.
 */
import { readJson } from '/desk/desk-common.js';

export function pageLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en' || asked === 'zh') {
    return asked;
  }
  const first = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh';
}

export function otherLanguageLink(lang) {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang === 'zh' ? 'en' : 'zh');
  return window.location.pathname + '?' + params.toString();
}

/** {status, json} of a call to /api/customer; never throws for HTTP errors. */
export async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: Object.assign({ Accept: 'application/json, application/problem+json' },
      body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return { status: response.status, json: await readJson(response), retryAfter: response.headers.get('Retry-After') };
}

/** Shows each field error of a 400 under its field ([data-error-for]); returns whether there were any. */
export function showFieldErrors(json, messages) {
  document.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  const errors = json && Array.isArray(json.errors) ? json.errors : [];
  errors.forEach((error) => {
    const target = document.querySelector('.field-error[data-error-for="' + CSS.escape(error.field) + '"]');
    if (target) {
      target.textContent = messages[error.field] || error.message;
    }
  });
  return errors.length > 0;
}

export function text(id, value) {
  document.getElementById(id).textContent = value;
}
