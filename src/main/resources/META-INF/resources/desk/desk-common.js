/*
 * Shared by the desk pages (desk.html, outbox.html, erasure.html, ...): the shell around each page's own content
 * (drawShell), the page's language, calls to the application's /api with the Camunda webapps' session (a staff
 * member signs in to Tasklist or Cockpit first; changing requests carry the webapps' CSRF token, as
 * security.ApiAuthenticationFilter requires), and small DOM helpers. No libraries.
 *
 * The pages are served under /desk/, not /camunda/app/: the webapps' Content-Security-Policy admits only scripts
 * carrying the nonce of Camunda's own index pages ('strict-dynamic'), which a static page cannot have.
 */
import { webappLanguage } from '/camunda/app/aftersales/webapp-locale.js';

/** zh unless the browser asks for English (as the webapps decide); ?lang=en or ?lang=zh switches. */
export function pageLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return asked === 'en' || asked === 'zh' ? asked : webappLanguage();
}

/**
 * The shell of every desk page, drawn before its <main> (the page's HTML keeps only its own content): the header,
 * with the page's title in <h1 id="{titleId}">, its links and the switch to the other language (#switch-language,
 * text {@code other}), and the #login-needed box. Sets the document's language and title ({@code documentTitle},
 * else {@code title}). {@code links}: [id, href, text]; a link to another desk page (a relative href) keeps the
 * page's language when the address asked for one or it is English.
 */
export function drawShell({ titleId, title, documentTitle, links, other }) {
  const lang = pageLanguage();
  const keep = new URLSearchParams(window.location.search).get('lang') || lang === 'en' ? '?lang=' + lang : '';
  const href = (link) => link.startsWith('/') ? link : link.replace(/^([^#]*)/, '$1' + keep);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = documentTitle || title;
  document.body.prepend(
    el('header', { class: 'as-header' }, el('h1', { id: titleId }, title),
      links.map(([id, link, text]) => el('a', { id, href: href(link) }, text)),
      el('span', { class: 'as-spacer' }), el('a', { id: 'switch-language', href: otherLanguageLink(lang) }, other)),
    el('div', { id: 'login-needed', class: 'as-message as-error', hidden: true }));
}

/** The link to the same page in the other language, keeping the hash. */
export function otherLanguageLink(lang) {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang === 'zh' ? 'en' : 'zh');
  return window.location.pathname + '?' + params.toString() + window.location.hash;
}

/** The webapps' CSRF token of this session, from GET /api/desk/me ({@link signedIn}). */
let sessionToken = null;

/**
 * Who is signed in ({userId, groups, csrfToken, searchesCases, readsOutbox}); throws ApiError 401 without a webapps
 * login. Changing requests afterwards carry the session's CSRF token.
 */
export async function signedIn() {
  const me = await api('GET', '/api/desk/me');
  sessionToken = me.csrfToken;
  return me;
}

/** Thrown for every answer that is not 2xx: status and the problem+json body (or null). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls /api with the session; JSON in and out. */
export async function api(method, url, body, extraHeaders) {
  return (await apiResponse(method, url, body, extraHeaders)).json;
}

/** Like {@link api}, with the HTTP status of a successful answer: {status, json}. */
export async function apiResponse(method, url, body, extraHeaders) {
  // X-Requested-With: a 401 then comes without a Basic challenge, so no password dialog opens
  // Accept-Language: the API answers its problems in the page's language (web.ProblemLanguage)
  const headers = Object.assign({ Accept: 'application/json, application/problem+json',
    'Accept-Language': pageLanguage() === 'en' ? 'en' : 'zh-CN',
    'X-Requested-With': 'XMLHttpRequest' }, extraHeaders || {});
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && sessionToken) {
    headers['X-XSRF-TOKEN'] = sessionToken;
  }
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const json = await readJson(response);
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return { status: response.status, json };
}

/** The answer's JSON (problem+json included), or null for an empty or non-JSON body. */
export async function readJson(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

/** document.createElement with attributes and children (strings become text, never HTML). */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** A table with a header row and one row per item; {@code cells(item)} gives the row's cells. */
export function table(id, headers, items, cells, rowAttributes) {
  return el('table', { id, class: 'as-table' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((item) => el('tr', rowAttributes ? rowAttributes(item) : {},
      cells(item).map((c) => el('td', {}, c))))));
}

/** Minutes as "2 天 3 小时" / "2 d 3 h" (days, hours, minutes; the largest two). */
export function duration(minutes, lang) {
  const units = lang === 'zh' ? [['天', 1440], ['小时', 60], ['分钟', 1]] : [['d', 1440], ['h', 60], ['min', 1]];
  const parts = [];
  let rest = minutes;
  units.forEach(([name, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && parts.length < 2) {
      parts.push(n + (lang === 'zh' ? ' ' : ' ') + name);
    }
  });
  return parts.length ? parts.join(' ') : (lang === 'zh' ? '不到 1 分钟' : 'under 1 min');
}

/** The text of a problem for a person: each field error on its own, else the detail. */
export function problemText(error) {
  return error instanceof ApiError && error.problem ? (error.problem.detail || error.problem.title) : String(error);
}

export const TASKLIST_LOGIN = '/camunda/app/tasklist/default/';

/**
 * A customer chooser of the archive pages: a name typed into {@code input} is looked up with GET /api/customers?name=
 * when {@code button} is clicked (or Enter pressed) and the hits fill {@code select} ("name (id)"); a single hit is
 * chosen at once. {@code onChosen(id)} is called with the chosen archive id (or null). {@code texts}: {hits(n),
 * noHits, choose}. ?customer=ID in the page's address preselects an archive by its id.
 */
export function customerChooser(input, button, select, texts, onChosen) {
  async function find() {
    const name = input.value.trim();
    try {
      const hits = name ? await api('GET', '/api/customers?name=' + encodeURIComponent(name)) : [];
      select.replaceChildren(el('option', { value: '' }, hits.length ? texts.hits(hits.length) : texts.noHits),
        ...hits.map((c) => el('option', { value: c.id }, c.name + ' (' + c.id + ')')));
      if (hits.length === 1) {
        select.value = String(hits[0].id);
      }
    } catch (e) {
      select.replaceChildren(el('option', { value: '' }, problemText(e)));
    }
    onChosen(select.value ? Number(select.value) : null);
  }
  select.replaceChildren(el('option', { value: '' }, texts.choose));
  button.addEventListener('click', find);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
  select.addEventListener('change', () => onChosen(select.value ? Number(select.value) : null));
  const preset = new URLSearchParams(window.location.search).get('customer');
  if (preset && /^[0-9]{1,18}$/.test(preset)) {
    select.replaceChildren(el('option', { value: preset }, '(' + preset + ')'));
    select.value = preset;
    onChosen(Number(preset));
  }
}

/**
 * The row of a customer chooser drawn into {@code row} (a .as-row): label#customer-label ({@code texts.customer}),
 * input#customer-search, button#customer-find ({@code texts.find}) and a select of {@code selectAttributes} (its id,
 * and its name where a form sends it). Returns {input, button, select}, as {@link customerChooser} takes them.
 */
export function customerRow(row, selectAttributes, texts) {
  const input = el('input', { type: 'text', id: 'customer-search', style: 'flex:1' });
  const button = el('button', { type: 'button', id: 'customer-find', class: 'as-secondary' }, texts.find);
  const select = el('select', selectAttributes);
  row.replaceChildren(el('label', { id: 'customer-label', for: 'customer-search' }, texts.customer),
    el('div', { style: 'display:flex; gap:8px' }, input, button), select);
  return { input, button, select };
}

/** An instant of the API ("2026-12-07T06:03:12.123Z") as "2026-12-07 14:03" in the desk's zone (Asia/Shanghai). */
export function when(instant) {
  if (!instant) {
    return '';
  }
  const d = new Date(instant);
  if (isNaN(d.getTime())) {
    return String(instant);
  }
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** Without a webapps login (401): shows how to sign in and sets the page's state to login; true if it was that. */
export function signInOrDenied(main, loginBox, texts, error) {
  if (error instanceof ApiError && error.status === 401) {
    loginBox.replaceChildren(texts.loginNeeded + ' ', el('a', { href: TASKLIST_LOGIN }, texts.loginLink));
    loginBox.hidden = false;
    main.dataset.state = 'login';
    return true;
  }
  return false;
}

/** Removes the field errors {@link showFailure} put into a form. */
export function clearFieldErrors(form) {
  form.querySelectorAll('.as-field-error').forEach((e) => e.remove());
  form.querySelectorAll('.as-invalid').forEach((e) => e.classList.remove('as-invalid'));
}

/**
 * A refused or failed change of a form: for a 400 each of the API's field errors goes next to its field of
 * {@code fields} (.as-field-error[data-field]) and the rest into {@code message} after {@code texts.invalid}
 * (data-result=invalid); anything else is {@code texts.failed} and the problem (data-result=failed).
 */
export function showFailure(form, fields, message, error, texts) {
  if (error instanceof ApiError && error.status === 400) {
    const loose = [];
    ((error.problem && error.problem.errors) || []).forEach((e) => {
      const input = fields.includes(e.field) ? form.elements[e.field] : null;
      if (!input) {
        loose.push((e.field ? e.field + ': ' : '') + e.message);
        return;
      }
      input.classList.add('as-invalid');
      input.closest('.as-row').append(el('div', { class: 'as-field-error', 'data-field': e.field }, e.message));
    });
    message.replaceChildren(el('div', { class: 'as-message as-error' }, texts.invalid + (loose.join('; ')
      || problemText(error))));
    message.dataset.result = 'invalid';
  } else {
    message.replaceChildren(el('div', { class: 'as-message as-error' }, texts.failed + problemText(error)));
    message.dataset.result = 'failed';
  }
}

/** Whether the text can be a case number (what the pages opened from a form with ?case= accept). */
export function isCaseNumber(text) {
  return /^[A-Za-z0-9-]{1,40}$/.test(text);
}

/** Shows the page's #login-needed box: the texts' loginNeeded and a loginLink to Tasklist's sign-in. */
export function showLoginNeeded(texts) {
  const box = document.getElementById('login-needed');
  box.replaceChildren(texts.loginNeeded + ' ', el('a', { href: TASKLIST_LOGIN }, texts.loginLink));
  box.hidden = false;
}

/** The signed-in person (GET /api/desk/me), or null once the page shows why not (how to sign in, or the problem). */
export async function signedInOrShown(main, texts) {
  try {
    return await signedIn();
  } catch (e) {
    if (!signInOrDenied(main, document.getElementById('login-needed'), texts, e)) {
      main.replaceChildren(el('div', { class: 'as-message as-error' }, problemText(e)));
    }
    return null;
  }
}

/** The page is not for this person: {@code texts.denied} in place of the page (#denied), state denied. */
export function showDenied(main, texts) {
  main.replaceChildren(el('div', { class: 'as-message as-error', id: 'denied' }, texts.denied));
  main.dataset.state = 'denied';
}

/**
 * The start of submitting a form about the chosen customer: the browser's own submit stopped, the form's field
 * errors cleared; the message box #messageId, or null after it says {@code texts.pickFirst} (no customer chosen).
 */
export function beginCustomerSubmit(event, form, messageId, customerId, texts) {
  event.preventDefault();
  clearFieldErrors(form);
  const message = document.getElementById(messageId);
  if (customerId === null) {
    message.replaceChildren(el('div', { class: 'as-message as-error' }, texts.pickFirst));
    message.dataset.result = 'invalid';
    return null;
  }
  return message;
}
