/*
 * An engineer's photos of a case (the fault as found, the finished repair): upload one
 * (POST /api/cases/{caseNumber}/photos, multipart: file and kind, with the webapps' session and CSRF token) and see
 * the case's photos (GET /api/cases/{caseNumber}/photos). The engineers' repair forms in Tasklist link here with
 * ?case=<case number>. Who may: whoever may open the case file (desk.CaseFileService).
 *
 * Stable DOM for tests: #photos[data-state=ready|login|denied|no-case][data-case-number], #photo-kind, #photo-file,
 * #upload-button, .as-field-error[data-error-for=file|kind], #upload-result[data-result=stored|refused][data-photo-id],
 * #photo-list .as-photo[data-photo-id][data-kind].
 */
import { signedIn, api, readJson, ApiError, el, pageLanguage, drawShell, problemText, isCaseNumber,
  showLoginNeeded } from './desk-common.js';
import { PHOTO_TEXTS, photoGallery } from './photos-view.js';

const TEXTS = {
  zh: {
    title: '案件照片', tasklist: '任务列表', caseFile: '案件档案', other: 'English',
    upload: (n) => '上传照片：案件 ' + n, kind: '照片类别', file: '照片文件',
    hint: '仅限 JPEG、PNG 或 WebP 格式，单张大小和每案张数有上限；照片中的 GPS 位置信息不会被保存。',
    submit: '上传', submitting: '正在上传…', stored: (id) => '照片已保存（#' + id + '）。',
    fixFields: '照片未保存：', chooseFile: '请选择一张照片。', list: '本案照片',
    loginNeeded: '请先登录 Camunda 任务列表，然后再打开本页。', loginLink: '登录', denied: '无权查看此案件：',
    noCase: '缺少案件号：请从任务表单中的“上传照片”链接打开本页。'
  },
  en: {
    title: 'Case photos', tasklist: 'Tasklist', caseFile: 'Case file', other: '中文',
    upload: (n) => 'Upload a photo: case ' + n, kind: 'Kind of photo', file: 'Photo file',
    hint: 'JPEG, PNG or WebP only, each photo and the photos per case are limited; the GPS position in a photo is not stored.',
    submit: 'Upload', submitting: 'Uploading…', stored: (id) => 'Photo stored (#' + id + ').',
    fixFields: 'Photo not stored: ', chooseFile: 'Please choose a photo.', list: 'Photos of this case',
    loginNeeded: 'Please sign in to Camunda Tasklist first, then open this page again.', loginLink: 'Sign in',
    denied: 'Not your case: ', noCase: 'No case number: open this page from the "Upload photos" link of a task form.'
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const P = PHOTO_TEXTS[lang];
const caseNumber = (new URLSearchParams(window.location.search).get('case') || '').trim();
let csrfToken = null;

function texts() {
  drawShell({ titleId: 'photos-title', title: T.title, documentTitle: T.title + (caseNumber ? ' · ' + caseNumber : ''),
    other: T.other, links: [['nav-tasklist', '/camunda/app/tasklist/default/', T.tasklist],
      ['nav-case', 'desk.html#case=' + encodeURIComponent(caseNumber), T.caseFile]] });
  [['upload-title', T.upload(caseNumber)], ['kind-label', T.kind], ['file-label', T.file],
    ['file-hint', T.hint], ['upload-button', T.submit], ['list-title', T.list]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
  const kinds = document.getElementById('photo-kind');
  Object.entries(P.kinds).forEach(([code, name]) => kinds.append(el('option', { value: code }, name)));
}

function state(value) {
  document.getElementById('photos').dataset.state = value;
}

function photosUrl() {
  return '/api/cases/' + encodeURIComponent(caseNumber) + '/photos';
}

async function load() {
  const list = document.getElementById('photo-list');
  try {
    list.replaceChildren(photoGallery(await api('GET', photosUrl()), lang));
    state('ready');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      loginNeeded();
    } else if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
      list.replaceChildren(el('div', { class: 'as-message as-error', id: 'photos-error' }, T.denied + problemText(e)));
      document.getElementById('upload-form').hidden = true;
      state('denied');
    } else {
      list.replaceChildren(el('div', { class: 'as-message as-error', id: 'photos-error' }, problemText(e)));
    }
  }
}

function clearErrors() {
  document.querySelectorAll('#upload-form .as-field-error').forEach((e) => { e.textContent = ''; });
  document.querySelectorAll('#upload-form .as-invalid').forEach((e) => e.classList.remove('as-invalid'));
}

function fieldError(field, message) {
  const target = document.querySelector('#upload-form .as-field-error[data-error-for="' + CSS.escape(field) + '"]')
    || document.querySelector('#upload-form .as-field-error[data-error-for="file"]');
  target.textContent = (target.textContent ? target.textContent + ' ' : '') + message;
  const input = document.querySelector('#upload-form [data-field="' + CSS.escape(field) + '"]');
  if (input) {
    input.classList.add('as-invalid');
  }
}

async function upload() {
  const button = document.getElementById('upload-button');
  const result = document.getElementById('upload-result');
  const input = document.getElementById('photo-file');
  clearErrors();
  result.replaceChildren();
  delete result.dataset.result;
  delete result.dataset.photoId;
  if (!input.files.length) {
    fieldError('file', T.chooseFile);
    result.dataset.result = 'refused';
    return;
  }
  const body = new FormData();
  body.append('kind', document.getElementById('photo-kind').value);
  body.append('file', input.files[0]);
  button.disabled = true;
  button.textContent = T.submitting;
  try {
    // no Content-Type header: the browser writes the multipart boundary itself
    const headers = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    const response = await fetch(photosUrl(), { method: 'POST', headers, body, credentials: 'same-origin' });
    const json = await readJson(response);
    if (response.status === 401) {
      loginNeeded();
      return;
    }
    if (!response.ok) {
      const errors = json && Array.isArray(json.errors) ? json.errors : [];
      errors.forEach((e) => fieldError(e.field, e.message));
      result.append(el('div', { class: 'as-message as-error' }, T.fixFields
        + (errors.length ? '' : problemText(new ApiError(response.status, json)))));
      result.dataset.result = 'refused';
      return;
    }
    result.append(el('div', { class: 'as-message as-success', id: 'upload-success' }, T.stored(json.id)));
    result.dataset.result = 'stored';
    result.dataset.photoId = json.id;
    input.value = '';
    await load();
  } finally {
    button.disabled = false;
    button.textContent = T.submit;
  }
}

function loginNeeded() {
  showLoginNeeded(T);
  state('login');
}

async function start() {
  texts();
  if (!isCaseNumber(caseNumber)) {
    document.getElementById('photo-list').replaceChildren(el('div', { class: 'as-message as-error' }, T.noCase));
    document.getElementById('upload-form').hidden = true;
    state('no-case');
    return;
  }
  document.getElementById('photos').dataset.caseNumber = caseNumber;
  document.getElementById('upload-form').addEventListener('submit', (event) => {
    event.preventDefault();
    upload();
  });
  try {
    csrfToken = (await signedIn()).csrfToken;
  } catch (e) {
    loginNeeded();
    return;
  }
  await load();
}

start();
