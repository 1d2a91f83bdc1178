/*
 * The front line's desk: register a call, a walk-in or a dealer's request (POST /api/service-requests, the same
 * validation, case numbers and idempotency as every other channel), find a case by case number, phone, serial
 * number or customer name (GET /api/desk/cases?q=), and read its file, open or closed (GET /api/desk/cases/{n}).
 *
 * Stable DOM for tests: #desk[data-state=ready|login], #register-form [data-field=<API field path>] inputs,
 * .as-field-error[data-error-for=<field>], #register-result[data-case-number], #search-results tr.as-case[data-case-number],
 * #case-file[data-case-number][data-open], #current-tasks tr[data-late-minutes], #timeline tr[data-kind],
 * #mails tr[data-status], #links tr[data-case-number], #case-photos .as-photo[data-photo-id] (photos-view.js),
 * #documents a[data-document].
 */
import { api, apiResponse, signedIn, ApiError, el, table, duration, pageLanguage, drawShell, problemText, TASKLIST_LOGIN }
  from './desk-common.js';
import { PHOTO_TEXTS, photoGallery, photosPage } from './photos-view.js';

const TEXTS = {
  zh: {
    title: '售后服务台', tasklist: '任务列表', outbox: '邮件发件箱', other: 'English',
    loginNeeded: '请先登录 Camunda 任务列表，然后再打开本页。', loginLink: '登录',
    register: '登记新的服务请求', submit: '登记', submitting: '正在登记…', newRequest: '再登记一个',
    created: (n) => '已登记，案件号 ' + n, repeated: (n) => '此请求已登记过，案件号 ' + n, openIt: '查看案件',
    fixFields: '请更正标出的字段。', failed: '登记失败：',
    fields: {
      type: '类型', channel: '渠道', 'customer.name': '客户姓名', 'customer.phone': '电话', 'customer.email': '电子邮箱',
      'customer.address': '地址', 'product.model': '产品型号', 'product.serialNumber': '序列号',
      'product.purchaseDate': '购买日期', 'product.purchaseProof': '有购买凭证（发票、收据或保修卡）',
      description: '问题描述', externalReference: '经销商或外部参考号'
    },
    types: { repair: '维修', exchange: '换货', complaint: '投诉', parts: '配件' },
    channels: { phone: '电话', 'walk-in': '到店', dealer: '经销商', online: '网上', email: '电子邮件' },
    search: '查找案件', searchLabel: '案件号、电话、序列号或客户姓名', searchButton: '查找',
    noHits: '没有找到案件。', hits: (n) => '找到 ' + n + ' 个案件（含已结案）',
    columns: ['案件号', '类型', '状态', '客户', '产品', '序列号', '登记时间'],
    open: '处理中', closed: '已结案', customer: '客户', product: '产品', description: '问题描述',
    channel: '渠道', opened: '登记时间', closedAt: '结案时间', reference: '参考号', status: '状态',
    currentTasks: '当前任务', noTasks: '没有待办任务。',
    taskColumns: ['任务', '处理组', '处理人', '到期', '超时'], unassigned: '未认领', notLate: '未超时',
    timeline: '经过（谁在何时做了什么）', timelineColumns: ['时间', '类别', '事项', '人员', '说明'],
    kinds: { opened: '登记', task: '任务', step: '流程步骤', record: '服务记录', mail: '邮件', closed: '结案' },
    mails: '已发邮件', noMails: '没有邮件。', mailColumns: ['时间', '收件人', '主题', '状态', '发送时间'],
    links: '关联案件', noLinks: '没有关联案件。', linkColumns: ['案件号', '类型', '关系', '方向', '状态'],
    directions: { from: '本案由其产生', to: '由本案产生' },
    photos: '照片', documents: '打印文件（PDF，客户签字）', noDocuments: '暂无可打印的文件。',
    hidden: '（无权查看）', caseFailed: '无法打开案件：', yes: '有', no: '无', proof: '购买凭证'
  },
  en: {
    title: 'After-sales desk', tasklist: 'Tasklist', outbox: 'Outbox', other: '中文',
    loginNeeded: 'Please sign in to Camunda Tasklist first, then open this page again.', loginLink: 'Sign in',
    register: 'Register a service request', submit: 'Register', submitting: 'Registering…', newRequest: 'Register another',
    created: (n) => 'Registered as case ' + n, repeated: (n) => 'This request was registered before: case ' + n,
    openIt: 'Open the case', fixFields: 'Please correct the marked fields.', failed: 'Registering failed: ',
    fields: {
      type: 'Type', channel: 'Channel', 'customer.name': 'Customer name', 'customer.phone': 'Phone',
      'customer.email': 'E-mail', 'customer.address': 'Address', 'product.model': 'Product model',
      'product.serialNumber': 'Serial number', 'product.purchaseDate': 'Purchase date',
      'product.purchaseProof': 'Proof of purchase (invoice, receipt or warranty card)', description: 'Problem',
      externalReference: "Dealer's or external reference"
    },
    types: { repair: 'Repair', exchange: 'Exchange', complaint: 'Complaint', parts: 'Parts' },
    channels: { phone: 'Phone', 'walk-in': 'Walk-in', dealer: 'Dealer', online: 'Online', email: 'E-mail' },
    search: 'Find a case', searchLabel: 'Case number, phone, serial number or customer name', searchButton: 'Find',
    noHits: 'No case found.', hits: (n) => n + (n === 1 ? ' case' : ' cases') + ' (closed ones included)',
    columns: ['Case', 'Type', 'Status', 'Customer', 'Product', 'Serial number', 'Opened'],
    open: 'open', closed: 'closed', customer: 'Customer', product: 'Product', description: 'Problem',
    channel: 'Channel', opened: 'Opened', closedAt: 'Closed', reference: 'Reference', status: 'Status',
    currentTasks: 'Current tasks', noTasks: 'No open task.',
    taskColumns: ['Task', 'Groups', 'Assignee', 'Due', 'Late by'], unassigned: 'unassigned', notLate: 'not late',
    timeline: 'Timeline (who did what, when)', timelineColumns: ['When', 'Kind', 'What', 'Who', 'Detail'],
    kinds: { opened: 'opened', task: 'task', step: 'process step', record: 'service record', mail: 'mail',
      closed: 'closed' },
    mails: 'Mails', noMails: 'No mails.', mailColumns: ['Written', 'To', 'Subject', 'Status', 'Sent'],
    links: 'Linked cases', noLinks: 'No linked cases.', linkColumns: ['Case', 'Type', 'Relation', 'Direction', 'Status'],
    directions: { from: 'this case came from it', to: 'opened from this case' },
    photos: 'Photos', documents: 'Printable documents (PDF, for the customer to sign)',
    noDocuments: 'No printable document yet.', hidden: '(not for your group)', caseFailed: 'Could not open the case: ', yes: 'yes', no: 'no',
    proof: 'Proof of purchase'
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];

const FIELDS = [
  ['type', 'select', Object.keys(T.types)],
  ['channel', 'select', Object.keys(T.channels)],
  ['customer.name', 'text'], ['customer.phone', 'tel'], ['customer.email', 'email'], ['customer.address', 'text'],
  ['product.model', 'text'], ['product.serialNumber', 'text'], ['product.purchaseDate', 'date'],
  ['product.purchaseProof', 'checkbox'], ['description', 'textarea'], ['externalReference', 'text']
];

/** One Idempotency-Key per request being filled in: a double click or a resend gives the same case. */
let idempotencyKey = newKey();

function newKey() {
  // kept as the case's reference when no dealer's reference is given: "desk-" says where it came from
  return 'desk-' + (window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
    : Date.now() + '-' + Math.random().toString(36).substring(2));
}

function fieldId(path) {
  return 'f-' + path.replace('.', '-');
}

function buildForm() {
  const form = document.getElementById('register-form');
  FIELDS.forEach(([path, kind, options]) => {
    const id = fieldId(path);
    const label = el('label', { for: id }, T.fields[path]);
    let input;
    if (kind === 'select') {
      const names = path === 'type' ? T.types : T.channels;
      input = el('select', { id, 'data-field': path }, options.map((o) => el('option', { value: o }, names[o])));
    } else if (kind === 'textarea') {
      input = el('textarea', { id, 'data-field': path });
    } else {
      input = el('input', { id, type: kind, 'data-field': path });
    }
    const error = el('div', { class: 'as-field-error', 'data-error-for': path });
    const row = kind === 'checkbox' ? el('div', { class: 'as-row as-check' }, input, label, error)
      : el('div', { class: 'as-row' }, label, input, error);
    form.append(row);
  });
  form.append(el('div', { class: 'as-field-error', 'data-error-for': '' }));
  form.append(el('button', { type: 'submit', id: 'register-button' }, T.submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    register();
  });
  form.addEventListener('input', () => {
    // a changed request is a new request
    idempotencyKey = newKey();
  });
}

function value(path) {
  const input = document.getElementById(fieldId(path));
  if (input.type === 'checkbox') {
    return input.checked;
  }
  const text = input.value.trim();
  return text === '' ? null : text;
}

function requestBody() {
  return {
    type: value('type'), channel: value('channel'),
    customer: { name: value('customer.name'), phone: value('customer.phone'), email: value('customer.email'),
      address: value('customer.address') },
    product: { model: value('product.model'), serialNumber: value('product.serialNumber'),
      purchaseDate: value('product.purchaseDate'), purchaseProof: value('product.purchaseProof') },
    description: value('description'),
    externalReference: value('externalReference')
  };
}

function clearErrors() {
  document.querySelectorAll('#register-form .as-field-error').forEach((e) => { e.textContent = ''; });
  document.querySelectorAll('#register-form .as-invalid').forEach((e) => e.classList.remove('as-invalid'));
}

function showFieldErrors(errors) {
  errors.forEach((error) => {
    let target = document.querySelector('#register-form .as-field-error[data-error-for="' + CSS.escape(error.field) + '"]');
    const input = document.querySelector('#register-form [data-field="' + CSS.escape(error.field) + '"]');
    if (!target) {
      // a parent object or a header: shown under the form
      target = document.querySelector('#register-form .as-field-error[data-error-for=""]');
    }
    if (input) {
      input.classList.add('as-invalid');
    }
    target.textContent = (target.textContent ? target.textContent + ' ' : '')
      + (input ? '' : (T.fields[error.field] || error.field || '') + ' ') + error.message;
  });
}

async function register() {
  const button = document.getElementById('register-button');
  const result = document.getElementById('register-result');
  clearErrors();
  result.replaceChildren();
  result.removeAttribute('data-case-number');
  button.disabled = true;
  button.textContent = T.submitting;
  try {
    const response = await apiResponse('POST', '/api/service-requests', requestBody(),
      { 'Idempotency-Key': idempotencyKey });
    const answer = response.json;
    // 201: a new case; 200: the same request again (same key), answered with the first case
    const first = response.status === 201;
    result.dataset.caseNumber = answer.caseNumber;
    result.dataset.created = first;
    result.append(el('div', { class: 'as-message as-success', id: 'register-success' },
      first ? T.created(answer.caseNumber) : T.repeated(answer.caseNumber), ' ',
      el('a', { href: '#case=' + encodeURIComponent(answer.caseNumber), id: 'open-registered' }, T.openIt)));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      loginNeeded();
    } else if (error instanceof ApiError && error.problem && Array.isArray(error.problem.errors)) {
      showFieldErrors(error.problem.errors);
      result.append(el('div', { class: 'as-message as-error', id: 'register-invalid' }, T.fixFields));
    } else {
      result.append(el('div', { class: 'as-message as-error' }, T.failed + problemText(error)));
    }
  } finally {
    button.disabled = false;
    button.textContent = T.submit;
  }
}

async function search(q) {
  const results = document.getElementById('search-results');
  const error = document.getElementById('search-error');
  error.textContent = '';
  results.replaceChildren();
  try {
    const hits = await api('GET', '/api/desk/cases?q=' + encodeURIComponent(q));
    results.dataset.count = hits.length;
    results.append(el('p', { class: 'as-muted' }, hits.length ? T.hits(hits.length) : T.noHits));
    if (hits.length) {
      results.append(table('search-table', T.columns, hits, (c) => [
        c.caseNumber, T.types[c.type] || c.type,
        el('span', {}, el('span', { class: 'as-badge ' + (c.open ? 'as-open' : 'as-closed') }, c.open ? T.open : T.closed),
          ' ', c.status),
        c.customerName, c.productModel, c.serialNumber || '', c.openedAt ? c.openedAt.text : ''
      ], (c) => ({ class: 'as-case as-clickable', 'data-case-number': c.caseNumber,
        onclick: () => { window.location.hash = 'case=' + encodeURIComponent(c.caseNumber); } })));
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      loginNeeded();
    } else {
      error.textContent = problemText(e);
    }
  }
}

function moment(m) {
  return m ? m.text : '';
}

function lateCell(task) {
  if (task.lateMinutes === null || task.lateMinutes === undefined) {
    return '';
  }
  return task.lateMinutes > 0 ? el('span', { class: 'as-late' }, duration(task.lateMinutes, lang))
    : el('span', { class: 'as-muted' }, T.notLate);
}

function contact(valueOrNull) {
  return valueOrNull === null || valueOrNull === undefined ? el('span', { class: 'as-muted' }, T.hidden) : valueOrNull;
}

function renderCase(file) {
  const panel = document.getElementById('case-panel');
  const box = document.getElementById('case-file');
  box.dataset.caseNumber = file.caseNumber;
  box.dataset.open = file.open;
  const facts = [
    [T.status, el('span', {}, el('span', { class: 'as-badge ' + (file.open ? 'as-open' : 'as-closed') },
      file.open ? T.open : T.closed), ' ', file.status)],
    [T.channel, T.channels[file.channel] || file.channel],
    [T.customer, file.customer.name],
    [T.fields['customer.phone'], contact(file.customer.phone)],
    [T.fields['customer.email'], contact(file.customer.email)],
    [T.fields['customer.address'], contact(file.customer.address)],
    [T.product, [file.product.model, file.product.serialNumber].filter(Boolean).join(' / ')],
    [T.proof, file.product.purchaseProof ? T.yes : T.no],
    [T.description, file.description],
    [T.reference, file.externalReference || ''],
    [T.opened, moment(file.openedAt)],
    [T.closedAt, moment(file.closedAt)]
  ];
  box.replaceChildren(
    el('h2', { id: 'case-title' }, file.caseNumber + ' · ' + (T.types[file.type] || file.type)),
    el('dl', { class: 'as-facts' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h3', {}, T.currentTasks),
    file.currentTasks.length ? table('current-tasks', T.taskColumns, file.currentTasks, (t) => [
      t.name, t.groups.join(', '), t.assignee || el('span', { class: 'as-muted' }, T.unassigned), moment(t.due),
      lateCell(t)
    ], (t) => ({ 'data-task-id': t.id, 'data-late-minutes': t.lateMinutes })) : el('p', { class: 'as-muted' }, T.noTasks),
    el('h3', {}, T.timeline),
    table('timeline', T.timelineColumns, file.timeline, (e) => [
      moment(e.at), T.kinds[e.kind] || e.kind,
      (e.kind === 'opened' ? T.channels[e.what] : null) || e.what || '', e.who || '', e.detail || ''
    ], (e) => ({ 'data-kind': e.kind })),
    el('h3', {}, T.photos, ' ', el('a', { href: photosPage(file.caseNumber, lang), id: 'case-photos-upload',
      class: 'as-muted' }, PHOTO_TEXTS[lang].upload)),
    el('div', { id: 'case-photos' }),
    el('h3', {}, T.mails),
    file.mails.length ? table('mails', T.mailColumns, file.mails, (m) => [
      moment(m.createdAt), contact(m.recipient), m.subject, m.status, moment(m.sentAt)
    ], (m) => ({ 'data-status': m.status })) : el('p', { class: 'as-muted', id: 'mails' }, T.noMails),
    el('h3', {}, T.links),
    file.links.length ? table('links', T.linkColumns, file.links, (l) => [
      el('a', { href: '#case=' + encodeURIComponent(l.caseNumber) }, l.caseNumber), T.types[l.type] || l.type,
      l.relation, T.directions[l.direction] || l.direction, l.status
    ], (l) => ({ 'data-case-number': l.caseNumber })) : el('p', { class: 'as-muted', id: 'links' }, T.noLinks),
    el('h3', {}, T.documents),
    (file.documents || []).length ? el('ul', { id: 'documents' }, file.documents.map((d) =>
      el('li', {}, el('a', { href: d.href, target: '_blank', rel: 'noopener', 'data-document': d.name }, d.title))))
      : el('p', { class: 'as-muted', id: 'documents' }, T.noDocuments)
  );
  panel.hidden = false;
  loadPhotos(file.caseNumber);
}

/** The case's photos under their heading (GET /api/cases/{n}/photos: the same rule as the case file). */
async function loadPhotos(caseNumber) {
  const box = document.getElementById('case-photos');
  try {
    const photos = await api('GET', '/api/cases/' + encodeURIComponent(caseNumber) + '/photos');
    box.replaceChildren(photoGallery(photos, lang));
  } catch (e) {
    box.replaceChildren(el('p', { class: 'as-muted' }, problemText(e)));
  }
}

async function openCase(caseNumber) {
  const panel = document.getElementById('case-panel');
  const box = document.getElementById('case-file');
  try {
    renderCase(await api('GET', '/api/desk/cases/' + encodeURIComponent(caseNumber)));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      loginNeeded();
      return;
    }
    box.removeAttribute('data-case-number');
    box.replaceChildren(el('div', { class: 'as-message as-error', id: 'case-error' }, T.caseFailed + problemText(e)));
    panel.hidden = false;
  }
}

function loginNeeded() {
  const box = document.getElementById('login-needed');
  box.replaceChildren(T.loginNeeded + ' ', el('a', { href: TASKLIST_LOGIN }, T.loginLink));
  box.hidden = false;
  document.getElementById('desk').dataset.state = 'login';
}

function onHash() {
  const match = /^#case=(.+)$/.exec(window.location.hash);
  if (match) {
    openCase(decodeURIComponent(match[1]));
  }
}

function texts() {
  drawShell({ titleId: 'desk-title', title: T.title, other: T.other,
    links: [['nav-tasklist', '/camunda/app/tasklist/default/', T.tasklist], ['nav-outbox', 'outbox.html', T.outbox]] });
  [['register-title', T.register], ['search-title', T.search], ['search-label', T.searchLabel],
    ['search-button', T.searchButton]].forEach(([id, text]) => { document.getElementById(id).textContent = text; });
}

async function start() {
  texts();
  buildForm();
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    search(document.getElementById('search-q').value.trim());
  });
  window.addEventListener('hashchange', onHash);
  try {
    const me = await signedIn();
    document.getElementById('desk').dataset.user = me.userId;
  } catch (e) {
    loginNeeded();
    return;
  }
  document.getElementById('desk').dataset.state = 'ready';
  onHash();
}

start();
