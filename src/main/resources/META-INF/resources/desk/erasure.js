/*
 * A customer's erasure request and the archive's destruction records (002 二(一) 6.10): the archive's keepers
 * (customer service, service managers, customer-information supervisors) record the request with
 * POST /api/customers/{id}/erasure-requests, which starts the three approvals of archive-destruction; those who read
 * the archive's records (customer-information supervisors, service managers, the general manager) see
 * GET /api/customers/{id}/destructions. Each part shows only for the groups the API allows (GET /api/desk/me); the
 * API decides all the same, and its problem+json names each bad field, shown next to that field.
 *
 * Stable DOM for tests: #erasure[data-state=ready|login|denied], #customer-search, #customer-find, #customer-choice,
 * #request-panel (hidden without the right), #request-form fields named as the API's (channel, receivedOn,
 * reference, note), .as-field-error[data-field], #request-message[data-result=created|again|invalid|failed]
 * [data-destruction-status], #records-panel (hidden without the right), #destruction-list[data-customer-id],
 * #destructions-table tr.as-destruction[data-destruction-id][data-status].
 */
import { api, apiResponse, el, table, pageLanguage, drawShell, problemText, customerChooser, customerRow, when,
  showFailure, signedInOrShown, showDenied, beginCustomerSubmit } from './desk-common.js';

const TEXTS = {
  zh: {
    title: '客户删除申请与档案销毁记录', desk: '服务台', secrecy: '保密期限', other: 'English',
    customerTitle: '客户档案', customer: '客户名称', find: '查找', choose: '（请先查找客户）',
    hits: (n) => '找到 ' + n + ' 位客户', noHits: '没有找到客户',
    requestTitle: '登记客户删除申请', channel: '申请方式', receivedOn: '收到日期（不填为今天）',
    reference: '客户来函或工单编号（可不填）', note: '备注（请勿填写客户的个人信息）',
    hint: '登记后启动档案销毁审批：客户信息主管、客户服务部经理、总经理依次核准后方可销毁；法定最短保存期限内不销毁 (002 二(一) 6.10)。',
    save: '登记申请',
    created: (s) => '删除申请已登记，档案销毁：' + s + '。', again: (s) => '此申请已登记过，档案销毁：' + s + '。',
    invalid: '请修改标出的内容：', failed: '登记失败：',
    loginNeeded: '请先登录 Camunda Cockpit 或任务列表，然后再打开本页。', loginLink: '登录',
    denied: '本页供客户服务部、客户服务部经理、客户信息主管和总经理使用。',
    records: '档案销毁记录', noRecords: '此档案没有销毁记录。', pickFirst: '请先选择客户。',
    columns: ['编号', '原因', '状态', '提出时间', '客户信息主管', '客户服务部经理', '总经理', '驳回/不销毁理由', '已销毁'],
    channels: { phone: '电话', letter: '信函', email: '电子邮件', visit: '来访', online: '网上' },
    occasions: { OUTDATED: '档案已过时', ERASURE_REQUEST: '客户申请删除' },
    statuses: { PENDING: '待核准', DESTROYED: '已销毁', REJECTED: '已驳回', REFUSED: '不销毁（保存期限未满或有未结案件）' },
    destroyed: { records: '档案', cases: '案件', photos: '照片', mails: '邮件', parts_requests: '配件申请', ledger_rows: '换货台账',
      sms: '短信', campaign_recipients: '免费服务月邀请' }
  },
  en: {
    title: 'Erasure requests and destruction records', desk: 'Desk', secrecy: 'Secrecy periods', other: '中文',
    customerTitle: 'Customer archive', customer: 'Customer name', find: 'Find', choose: '(find a customer first)',
    hits: (n) => n + (n === 1 ? ' customer found' : ' customers found'), noHits: 'No customer found',
    requestTitle: 'Record an erasure request', channel: 'Received by', receivedOn: 'Received on (empty: today)',
    reference: 'Letter or ticket number (optional)', note: 'Note (no personal data of the customer)',
    hint: 'Recording starts the archive\'s destruction: the customer-information supervisor, a service manager and '
      + 'the general manager approve in this order; nothing is destroyed within the legal minimum retention '
      + '(002 二(一) 6.10).',
    save: 'Record request',
    created: (s) => 'Erasure request recorded; destruction: ' + s + '.',
    again: (s) => 'This request was recorded before; destruction: ' + s + '.',
    invalid: 'Please correct the marked fields: ', failed: 'Could not record: ',
    loginNeeded: 'Please sign in to Camunda Cockpit or Tasklist first, then open this page again.',
    loginLink: 'Sign in',
    denied: 'This page is for customer service, service managers, customer-information supervisors and the general '
      + 'manager.',
    records: 'Destruction records', noRecords: 'This archive has no destruction records.',
    pickFirst: 'Choose a customer first.',
    columns: ['No.', 'Why', 'Status', 'Proposed', 'Information supervisor', 'Service manager', 'General manager',
      'Rejected or refused because', 'Destroyed'],
    channels: { phone: 'phone', letter: 'letter', email: 'e-mail', visit: 'visit', online: 'online' },
    occasions: { OUTDATED: 'archive outdated', ERASURE_REQUEST: 'customer\'s erasure request' },
    statuses: { PENDING: 'awaiting approval', DESTROYED: 'destroyed', REJECTED: 'rejected',
      REFUSED: 'not destroyed (retention not over or case open)' },
    destroyed: { records: 'records', cases: 'cases', photos: 'photos', mails: 'mails', parts_requests: 'parts requests',
      ledger_rows: 'ledger rows', sms: 'SMS', campaign_recipients: 'campaign invitations' }
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const FIELDS = ['channel', 'receivedOn', 'reference', 'note'];
const main = document.getElementById('erasure');
const form = document.getElementById('request-form');
let me = null;
let customerId = null;

function texts() {
  drawShell({ titleId: 'erasure-title', title: T.title, other: T.other,
    links: [['nav-desk', 'desk.html', T.desk], ['nav-secrecy', 'secrecy.html', T.secrecy]] });
  customerRow(document.getElementById('customer-row'), { id: 'customer-choice' }, T);
  [['customer-title', T.customerTitle], ['request-title', T.requestTitle], ['channel-label', T.channel],
    ['received-label', T.receivedOn], ['reference-label', T.reference], ['note-label', T.note],
    ['request-hint', T.hint], ['request-save', T.save], ['records-title', T.records]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
  Object.entries(T.channels).forEach(([code, name]) => form.channel.append(el('option', { value: code }, name)));
}

function statusText(status) {
  return T.statuses[status] || status;
}

async function record(event) {
  const message = beginCustomerSubmit(event, form, 'request-message', customerId, T);
  if (!message) {
    return;
  }
  const body = {};
  FIELDS.forEach((name) => {
    const value = form.elements[name].value.trim();
    if (value !== '') {
      body[name] = value;
    }
  });
  try {
    const answer = await apiResponse('POST', '/api/customers/' + customerId + '/erasure-requests', body);
    const status = answer.json.destruction ? answer.json.destruction.status : '';
    const again = answer.status === 200;
    message.replaceChildren(el('div', { class: 'as-message as-success' },
      (again ? T.again : T.created)(statusText(status))));
    message.dataset.result = again ? 'again' : 'created';
    message.dataset.destructionStatus = status;
    form.reference.value = '';
    form.note.value = '';
    await loadRecords();
  } catch (e) {
    showFailure(form, FIELDS, message, e, T);
  }
}

function approval(by, at) {
  return by ? by + ' ' + when(at) : '';
}

function destroyedText(counts) {
  return Object.entries(counts || {}).filter(([, n]) => n).map(([k, n]) => (T.destroyed[k] || k) + ' ' + n)
    .join(lang === 'zh' ? '，' : ', ');
}

async function loadRecords() {
  const list = document.getElementById('destruction-list');
  if (!me || !me.readsArchiveRecords) {
    return;
  }
  if (customerId === null) {
    list.replaceChildren(el('p', { class: 'as-muted' }, T.pickFirst));
    delete list.dataset.customerId;
    return;
  }
  try {
    const records = await api('GET', '/api/customers/' + customerId + '/destructions');
    list.replaceChildren(records.length ? table('destructions-table', T.columns, records.slice().reverse(), (r) => [
      String(r.id), T.occasions[r.occasion] || r.occasion, statusText(r.status), when(r.proposedAt),
      approval(r.supervisorBy, r.supervisorAt), approval(r.serviceManagerBy, r.serviceManagerAt),
      approval(r.generalManagerBy, r.generalManagerAt),
      [r.rejectedBy, r.reason].filter((x) => x).join(': '), destroyedText(r.destroyed)
    ], (r) => ({ class: 'as-destruction', 'data-destruction-id': r.id, 'data-status': r.status }))
      : el('p', { class: 'as-muted' }, T.noRecords));
  } catch (e) {
    list.replaceChildren(el('div', { class: 'as-message as-error' }, problemText(e)));
  }
  list.dataset.customerId = customerId;
}

async function start() {
  texts();
  me = await signedInOrShown(main, T);
  if (!me) {
    return;
  }
  if (!me.keepsArchive && !me.readsArchiveRecords) {
    showDenied(main, T);
    return;
  }
  document.getElementById('request-panel').hidden = !me.keepsArchive;
  document.getElementById('records-panel').hidden = !me.readsArchiveRecords;
  form.addEventListener('submit', record);
  customerChooser(document.getElementById('customer-search'), document.getElementById('customer-find'),
    document.getElementById('customer-choice'), T, (id) => {
      customerId = id;
      loadRecords();
    });
  await loadRecords();
  main.dataset.state = 'ready';
}

start();
