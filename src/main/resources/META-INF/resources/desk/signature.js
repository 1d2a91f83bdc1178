/*
 * The customer signs on the engineer's device: a signature pad (a canvas drawn on with a finger, a pen or the mouse:
 * pointer events) for a document the customer signs, the repair's service report or the installation's acceptance
 * sheet. Saving sends the drawing as a PNG (POST /api/cases/{caseNumber}/signatures {document, image}, with the
 * webapps' session and CSRF token); the document's PDF then prints it in the 客户签字 box with its time. The sign-off
 * forms link here with ?case=<case number>&document=service-report|installation-acceptance. Who may: whoever may
 * open the case file (desk.CaseFileService).
 *
 * Stable DOM for tests: #signature[data-state=ready|login|no-case][data-case-number], #signature-pad, #clear-button,
 * #save-button, .as-field-error[data-error-for=image], #signature-result[data-result=stored|refused], #document-link.
 */
import { signedIn, api, ApiError, el, pageLanguage, drawShell, problemText, isCaseNumber,
  showLoginNeeded } from './desk-common.js';

const TEXTS = {
  zh: {
    title: '客户签字', tasklist: '任务列表', other: 'English',
    documents: { 'service-report': '维修服务报告', 'installation-acceptance': '安装调试验收单' },
    heading: (doc, n) => doc + '：案件 ' + n,
    hint: '请客户在下方框内用手指、手写笔或鼠标签名，确认后点击“保存签名”。签名将打印在文件的“客户签字”栏中。',
    clear: '清除重签', save: '保存签名', saving: '正在保存…', empty: '请先签名。',
    stored: (at) => '签名已保存（' + at + '）。', refused: '签名未保存：', open: '打开已签字的文件（PDF）',
    loginNeeded: '请先登录 Camunda 任务列表，然后再打开本页。', loginLink: '登录',
    noCase: '缺少案件号或文件：请从签收表单中的“客户在本机签字”链接打开本页。'
  },
  en: {
    title: 'Customer signature', tasklist: 'Tasklist', other: '中文',
    documents: { 'service-report': 'Service report', 'installation-acceptance': 'Installation acceptance sheet' },
    heading: (doc, n) => doc + ': case ' + n,
    hint: 'Let the customer sign in the box below with a finger, a pen or the mouse, then press "Save signature". '
      + 'The signature is printed in the document\'s customer signature box.',
    clear: 'Clear', save: 'Save signature', saving: 'Saving…', empty: 'Please sign first.',
    stored: (at) => 'Signature stored (' + at + ').', refused: 'Signature not stored: ', open: 'Open the signed document (PDF)',
    loginNeeded: 'Please sign in to Camunda Tasklist first, then open this page again.', loginLink: 'Sign in',
    noCase: 'No case number or document: open this page from the "Customer signs on this device" link of a sign-off form.'
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const params = new URLSearchParams(window.location.search);
const caseNumber = (params.get('case') || '').trim();
const documentName = (params.get('document') || '').trim();
const canvas = document.getElementById('signature-pad');
const pen = canvas.getContext('2d');
let drawn = false;
let last = null;

function state(value) {
  document.getElementById('signature').dataset.state = value;
}

function texts() {
  drawShell({ titleId: 'signature-title', title: T.title,
    documentTitle: T.title + (caseNumber ? ' · ' + caseNumber : ''), other: T.other,
    links: [['nav-tasklist', '/camunda/app/tasklist/default/', T.tasklist]] });
  [['document-title', T.heading(T.documents[documentName] || documentName, caseNumber)],
    ['signature-hint', T.hint], ['clear-button', T.clear], ['save-button', T.save], ['document-link', T.open]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
}

/** The pointer's place in the canvas's own pixels (the canvas may be drawn smaller or larger on screen). */
function point(event) {
  const box = canvas.getBoundingClientRect();
  return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
}

function pad() {
  pen.lineWidth = 3;
  pen.lineCap = 'round';
  pen.lineJoin = 'round';
  pen.strokeStyle = '#000';
  canvas.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    pen.beginPath();
    pen.arc(last.x, last.y, 1.5, 0, 2 * Math.PI);
    pen.fillStyle = '#000';
    pen.fill();
    drawn = true;
    document.querySelector('.as-field-error[data-error-for="image"]').textContent = '';
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!last) {
      return;
    }
    event.preventDefault();
    const next = point(event);
    pen.beginPath();
    pen.moveTo(last.x, last.y);
    pen.lineTo(next.x, next.y);
    pen.stroke();
    last = next;
    drawn = true;
  });
  ['pointerup', 'pointercancel', 'pointerleave'].forEach((type) => canvas.addEventListener(type, () => { last = null; }));
  document.getElementById('clear-button').addEventListener('click', () => {
    pen.clearRect(0, 0, canvas.width, canvas.height);
    drawn = false;
    show(null);
  });
  document.getElementById('save-button').addEventListener('click', save);
}

function show(result, message, ok) {
  const box = document.getElementById('signature-result');
  box.replaceChildren();
  delete box.dataset.result;
  document.querySelector('.as-field-error[data-error-for="image"]').textContent = '';
  if (result) {
    box.dataset.result = result;
    box.append(el('div', { class: 'as-message ' + (ok ? 'as-success' : 'as-error') }, message));
  }
}

async function save() {
  if (!drawn) {
    document.querySelector('.as-field-error[data-error-for="image"]').textContent = T.empty;
    document.getElementById('signature-result').dataset.result = 'refused';
    return;
  }
  const button = document.getElementById('save-button');
  button.disabled = true;
  button.textContent = T.saving;
  try {
    const stored = await api('POST', '/api/cases/' + encodeURIComponent(caseNumber) + '/signatures',
      { document: documentName, image: canvas.toDataURL('image/png') });
    show('stored', T.stored(stored.signedAtText), true);
    document.getElementById('document-link-row').hidden = false;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      loginNeeded();
      return;
    }
    show('refused', T.refused + problemText(e), false);
  } finally {
    button.disabled = false;
    button.textContent = T.save;
  }
}

function loginNeeded() {
  showLoginNeeded(T);
  state('login');
}

async function start() {
  texts();
  if (!isCaseNumber(caseNumber) || !T.documents[documentName]) {
    document.getElementById('signature-result').replaceChildren(el('div', { class: 'as-message as-error' }, T.noCase));
    document.getElementById('signature-actions').hidden = true;
    state('no-case');
    return;
  }
  document.getElementById('signature').dataset.caseNumber = caseNumber;
  document.getElementById('document-link').href = '/api/cases/' + encodeURIComponent(caseNumber) + '/documents/'
    + documentName + '.pdf';
  pad();
  try {
    await signedIn();
  } catch (e) {
    loginNeeded();
    return;
  }
  state('ready');
}

start();
