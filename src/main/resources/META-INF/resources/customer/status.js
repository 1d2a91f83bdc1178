/*
 * The customer's status page: case number plus the last four digits of the phone number show the case's status, the
 * next step and its date (POST /api/customer/status). The acknowledgement mail links here with ?case= filled in.
 *
 * Stable DOM for tests: #status-page[data-state=asking|shown|not-found|throttled|invalid], #status-result dl
 * [data-case-number][data-open], #next-step[data-kind].
 */
import { pageLanguage, otherLanguageLink, call, showFieldErrors, text } from './customer.js';

const TEXTS = {
  zh: {
    title: '查询案件进度', caseNumber: '案件号', digits: '电话号码后四位', lookUp: '查询', other: 'English',
    notFound: '没有找到与此案件号和电话号码后四位相符的案件，请检查后再试。',
    throttled: (s) => '尝试次数过多，请在 ' + Math.ceil(s / 60) + ' 分钟后再试。',
    messages: { caseNumber: '请输入案件号，例如 AS-2026-000001。', phoneLastFour: '请输入电话号码的后四位数字。' },
    state: '状态', open: '处理中', closed: '已完成', opened: '登记时间', closedAt: '完成时间', next: '下一步',
    nextDue: '预计时间', scheduled: '按计划进行', none: '无', failed: '暂时无法查询，请稍后再试。',
    types: { repair: '维修', exchange: '换货', complaint: '投诉', parts: '配件' }, type: '类型'
  },
  en: {
    title: 'Your case status', caseNumber: 'Case number', digits: 'Last four digits of your phone number',
    lookUp: 'Show status', other: '中文',
    notFound: 'No case matches this case number and these phone digits. Please check them and try again.',
    throttled: (s) => 'Too many attempts. Please try again in ' + Math.ceil(s / 60) + ' minutes.',
    messages: { caseNumber: 'Enter your case number, e.g. AS-2026-000001.',
      phoneLastFour: 'Enter the last four digits of your phone number.' },
    state: 'Status', open: 'in progress', closed: 'completed', opened: 'Registered', closedAt: 'Completed',
    next: 'Next step', nextDue: 'Expected by', scheduled: 'scheduled', none: 'none',
    failed: 'The status cannot be shown right now; please try again later.',
    types: { repair: 'Repair', exchange: 'Exchange', complaint: 'Complaint', parts: 'Parts' }, type: 'Type'
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const page = document.getElementById('status-page');
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = T.title;
text('title', T.title);
text('case-label', T.caseNumber);
text('digits-label', T.digits);
text('look-up', T.lookUp);
text('switch-language', T.other);
document.getElementById('switch-language').href = otherLanguageLink(lang);
const fromLink = new URLSearchParams(window.location.search).get('case');
if (fromLink) {
  document.getElementById('case-number').value = fromLink;
}

function show(status) {
  const result = document.getElementById('status-result');
  const dl = document.createElement('dl');
  dl.dataset.caseNumber = status.caseNumber;
  dl.dataset.open = status.open;
  const next = status.nextStep || { kind: 'none' };
  const rows = [
    [T.caseNumber, status.caseNumber],
    [T.type, T.types[status.type] || status.type],
    [T.state, (status.open ? T.open : T.closed)],
    [T.opened, status.openedAt ? status.openedAt.text : ''],
    status.closedAt ? [T.closedAt, status.closedAt.text] : null,
    [T.next, next.kind === 'task' ? next.name : next.kind === 'scheduled' ? T.scheduled : T.none, 'next-step'],
    next.due ? [T.nextDue, next.due.text, 'next-step-due'] : null
  ].filter(Boolean);
  rows.forEach(([label, value, id]) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (id) {
      dd.id = id;
    }
    if (id === 'next-step') {
      dd.dataset.kind = next.kind;
    }
    dl.append(dt, dd);
  });
  result.replaceChildren(dl);
}

function message(kind, value) {
  const box = document.createElement('div');
  box.className = 'message ' + kind;
  box.id = 'status-message';
  box.textContent = value;
  document.getElementById('status-result').replaceChildren(box);
}

document.getElementById('status-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const answer = await call('POST', '/api/customer/status', {
    caseNumber: document.getElementById('case-number').value.trim().toUpperCase(),
    phoneLastFour: document.getElementById('phone-last-four').value.trim()
  });
  showFieldErrors(null, T.messages);
  if (answer.status === 200) {
    show(answer.json);
    page.dataset.state = 'shown';
  } else if (answer.status === 400) {
    showFieldErrors(answer.json, T.messages);
    document.getElementById('status-result').replaceChildren();
    page.dataset.state = 'invalid';
  } else if (answer.status === 404) {
    message('error', T.notFound);
    page.dataset.state = 'not-found';
  } else if (answer.status === 429) {
    message('error', T.throttled(Number(answer.retryAfter || 60)));
    page.dataset.state = 'throttled';
  } else {
    message('error', T.failed);
    page.dataset.state = 'failed';
  }
});
