/*
 * The managers' view of the outbox (GET /api/desk/outbox): who got which mail or SMS, when, in what state; a mail
 * still owed (PENDING after the mail server refused it) is retried with POST /api/desk/outbox/{id}/retry. An SMS is
 * not retried here (the API refuses it): its campaign sends what is owed again.
 *
 * Stable DOM for tests: #outbox[data-state=ready|login|denied],
 * #outbox-table tr.as-mail[data-mail-id][data-status][data-channel=mail|sms],
 * button.as-retry[data-mail-id], #outbox-message[data-result].
 */
import { api, signedIn, ApiError, el, table, pageLanguage, drawShell, problemText, TASKLIST_LOGIN }
  from './desk-common.js';

const TEXTS = {
  zh: {
    title: '邮件发件箱（含短信）', desk: '服务台', cockpit: 'Cockpit', other: 'English', status: '状态', caseNumber: '案件号',
    show: '显示', all: '全部', retry: '重试', retried: (id) => '邮件 ' + id + ' 已发送。', failed: '重试失败：',
    loginNeeded: '请先登录 Camunda Cockpit 或任务列表，然后再打开本页。', loginLink: '登录', denied: '无权查看：',
    none: '没有邮件或短信。', count: (n) => '最近 ' + n + ' 条',
    columns: ['编号', '写入时间', '方式', '案件', '模板', '收件人', '主题', '状态', '尝试次数', '最后错误', '发送时间', ''],
    channels: { mail: '邮件', sms: '短信' }, smsKept: '已保存（未配置短信网关）',
    statuses: { PENDING: '待发送', SENDING: '发送中', SENT: '已发送', KEPT: '已保存（未配置邮件服务器）',
      NO_ADDRESS: '无地址' }
  },
  en: {
    title: 'Outbox (mail and SMS)', desk: 'Desk', cockpit: 'Cockpit', other: '中文', status: 'Status', caseNumber: 'Case number',
    show: 'Show', all: 'all', retry: 'Retry', retried: (id) => 'Mail ' + id + ' sent.', failed: 'Retry failed: ',
    loginNeeded: 'Please sign in to Camunda Cockpit or Tasklist first, then open this page again.',
    loginLink: 'Sign in', denied: 'Not for you: ', none: 'No mails or SMS.', count: (n) => 'Latest ' + n,
    columns: ['No.', 'Written', 'Channel', 'Case', 'Template', 'To', 'Subject', 'Status', 'Attempts', 'Last error',
      'Sent', ''],
    channels: { mail: 'mail', sms: 'SMS' }, smsKept: 'kept (no SMS gateway configured)',
    statuses: { PENDING: 'pending', SENDING: 'sending', SENT: 'sent', KEPT: 'kept (no mail server configured)',
      NO_ADDRESS: 'no address' }
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];

function texts() {
  drawShell({ titleId: 'outbox-title', title: T.title, other: T.other,
    links: [['nav-desk', 'desk.html', T.desk], ['nav-cockpit', '/camunda/app/cockpit/default/', T.cockpit]] });
  [['status-label', T.status], ['case-label', T.caseNumber], ['filter-button', T.show]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
  const select = document.getElementById('filter-status');
  select.append(el('option', { value: '' }, T.all));
  Object.entries(T.statuses).forEach(([code, name]) => select.append(el('option', { value: code }, name)));
}

async function load() {
  const list = document.getElementById('outbox-list');
  const params = new URLSearchParams();
  const status = document.getElementById('filter-status').value;
  const caseNumber = document.getElementById('filter-case').value.trim();
  if (status) {
    params.set('status', status);
  }
  if (caseNumber) {
    params.set('caseNumber', caseNumber);
  }
  try {
    const rows = await api('GET', '/api/desk/outbox?' + params.toString());
    list.replaceChildren(
      el('p', { class: 'as-muted' }, rows.length ? T.count(rows.length) : T.none),
      table('outbox-table', T.columns, rows, (m) => [
        String(m.id), m.createdAt ? m.createdAt.text : '', T.channels[m.channel] || m.channel, m.caseNumber || '',
        m.template,
        m.recipient === null || m.recipient === undefined ? '' : m.recipient, m.subject,
        m.channel === 'sms' && m.status === 'KEPT' ? T.smsKept : T.statuses[m.status] || m.status,
        String(m.attempts), m.lastError || '', m.sentAt ? m.sentAt.text : '',
        m.retryable ? el('button', { type: 'button', class: 'as-retry', 'data-mail-id': m.id,
          onclick: () => retry(m.id) }, T.retry) : ''
      ], (m) => ({ class: 'as-mail', 'data-mail-id': m.id, 'data-status': m.status, 'data-channel': m.channel })));
    document.getElementById('outbox').dataset.state = 'ready';
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const box = document.getElementById('login-needed');
      box.replaceChildren(T.loginNeeded + ' ', el('a', { href: TASKLIST_LOGIN }, T.loginLink));
      box.hidden = false;
      document.getElementById('outbox').dataset.state = 'login';
    } else if (e instanceof ApiError && e.status === 403) {
      list.replaceChildren(el('div', { class: 'as-message as-error' }, T.denied + problemText(e)));
      document.getElementById('outbox').dataset.state = 'denied';
    } else {
      list.replaceChildren(el('div', { class: 'as-message as-error' }, problemText(e)));
    }
  }
}

async function retry(id) {
  const message = document.getElementById('outbox-message');
  try {
    await api('POST', '/api/desk/outbox/' + encodeURIComponent(id) + '/retry');
    message.replaceChildren(el('div', { class: 'as-message as-success' }, T.retried(id)));
    message.dataset.result = 'sent';
  } catch (e) {
    message.replaceChildren(el('div', { class: 'as-message as-error' }, T.failed + problemText(e)));
    message.dataset.result = 'failed';
  }
  await load();
}

texts();
document.getElementById('outbox-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
// the session's CSRF token first (for the retry), then the list; without a login load() shows how to sign in
signedIn().catch(() => null).then(load);
