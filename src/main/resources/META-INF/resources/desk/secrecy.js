/*
 * The secrecy period of an archive (002 二(一) 7.2.4 标明密级，并确定保密期限，保密期限届满，自行解密): the archive's
 * keepers (customer service, service managers, customer-information supervisors) see the level, the last day it
 * holds and its changes (GET /api/customers/{id}/secrecy) and set the period (PUT /api/customers/{id}/secrecy-period);
 * the day after, the daily archive-declassification lowers the level to 秘密. Anyone else is told the page is not
 * theirs (GET /api/desk/me); the API decides all the same, and its problem+json names the bad field.
 *
 * Stable DOM for tests: #secrecy[data-state=ready|login|denied], #customer-search, #customer-find,
 * #customer-choice, #secrecy-current[data-customer-id][data-level][data-until], #period-form [name=until],
 * .as-field-error[data-field], #period-message[data-result=saved|invalid|failed],
 * #secrecy-table tr.as-secrecy-change.
 */
import { api, el, table, pageLanguage, drawShell, problemText, customerChooser, customerRow, when,
  showFailure, signedInOrShown, showDenied, beginCustomerSubmit } from './desk-common.js';

const TEXTS = {
  zh: {
    title: '客户档案保密期限', desk: '服务台', erasure: '客户删除申请', other: 'English',
    customerTitle: '客户档案', customer: '客户名称', find: '查找', choose: '（请先查找客户）',
    hits: (n) => '找到 ' + n + ' 位客户', noHits: '没有找到客户', pickFirst: '请先选择客户。',
    level: '密级', until: '保密期限至', none: '未定保密期限',
    periodTitle: '确定保密期限', untilField: '保密期限最后一天',
    hint: '保密期限届满的次日自动解密为“秘密” (002 二(一) 7.2.4)；日期须在今天之后、50 年之内。',
    save: '保存保密期限', saved: (d) => '保密期限已定至 ' + d + '。', invalid: '请修改标出的内容：', failed: '保存失败：',
    loginNeeded: '请先登录 Camunda Cockpit 或任务列表，然后再打开本页。', loginLink: '登录',
    denied: '本页供客户服务部、客户服务部经理和客户信息主管使用。',
    history: '密级与保密期限变更', noHistory: '没有变更记录。',
    columns: ['时间', '原密级', '新密级', '保密期限至', '说明', '经办人'],
    levels: { SECRET: '秘密', CONFIDENTIAL: '机密', TOP_SECRET: '绝密' }
  },
  en: {
    title: 'Secrecy periods of customer archives', desk: 'Desk', erasure: 'Erasure requests', other: '中文',
    customerTitle: 'Customer archive', customer: 'Customer name', find: 'Find', choose: '(find a customer first)',
    hits: (n) => n + (n === 1 ? ' customer found' : ' customers found'), noHits: 'No customer found',
    pickFirst: 'Choose a customer first.',
    level: 'Secrecy level', until: 'Secret until', none: 'no secrecy period set',
    periodTitle: 'Set the secrecy period', untilField: 'Last day of the period',
    hint: 'The day after the period ends the level is lowered to 秘密 (secret) on its own (002 二(一) 7.2.4); the day '
      + 'must lie after today and within 50 years.',
    save: 'Save period', saved: (d) => 'Secrecy period set until ' + d + '.',
    invalid: 'Please correct the marked fields: ', failed: 'Could not save: ',
    loginNeeded: 'Please sign in to Camunda Cockpit or Tasklist first, then open this page again.',
    loginLink: 'Sign in',
    denied: 'This page is for customer service, service managers and customer-information supervisors.',
    history: 'Changes of level and period', noHistory: 'No changes recorded.',
    columns: ['When', 'From', 'To', 'Secret until', 'Reason', 'By'],
    levels: { SECRET: '秘密 (secret)', CONFIDENTIAL: '机密 (confidential)', TOP_SECRET: '绝密 (top secret)' }
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const main = document.getElementById('secrecy');
const form = document.getElementById('period-form');
let customerId = null;

function texts() {
  drawShell({ titleId: 'secrecy-title', title: T.title, other: T.other,
    links: [['nav-desk', 'desk.html', T.desk], ['nav-erasure', 'erasure.html', T.erasure]] });
  customerRow(document.getElementById('customer-row'), { id: 'customer-choice' }, T);
  [['customer-title', T.customerTitle], ['period-title', T.periodTitle], ['until-label', T.untilField],
    ['period-hint', T.hint], ['period-save', T.save], ['history-title', T.history]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
}

async function load() {
  const current = document.getElementById('secrecy-current');
  const history = document.getElementById('secrecy-history');
  if (customerId === null) {
    current.replaceChildren(el('p', { class: 'as-muted' }, T.pickFirst));
    history.replaceChildren();
    delete current.dataset.customerId;
    return;
  }
  try {
    const s = await api('GET', '/api/customers/' + customerId + '/secrecy');
    current.replaceChildren(el('dl', { class: 'as-facts' },
      el('dt', {}, T.level), el('dd', { id: 'secrecy-level' }, T.levels[s.secrecyLevel] || s.secrecyLevel),
      el('dt', {}, T.until), el('dd', { id: 'secrecy-until' }, s.secrecyUntil || T.none)));
    current.dataset.customerId = s.customerId;
    current.dataset.level = s.secrecyLevel;
    current.dataset.until = s.secrecyUntil || '';
    history.replaceChildren(s.changes.length ? table('secrecy-table', T.columns, s.changes.slice().reverse(),
      (c) => [when(c.changedAt), T.levels[c.from] || c.from, T.levels[c.to] || c.to, c.secrecyUntil || '',
        c.reason, c.changedBy], () => ({ class: 'as-secrecy-change' }))
      : el('p', { class: 'as-muted' }, T.noHistory));
  } catch (e) {
    current.replaceChildren(el('div', { class: 'as-message as-error' }, problemText(e)));
    history.replaceChildren();
  }
}

async function save(event) {
  const message = beginCustomerSubmit(event, form, 'period-message', customerId, T);
  if (!message) {
    return;
  }
  try {
    const change = await api('PUT', '/api/customers/' + customerId + '/secrecy-period', { until: form.until.value });
    message.replaceChildren(el('div', { class: 'as-message as-success' }, T.saved(change.secrecyUntil)));
    message.dataset.result = 'saved';
    await load();
  } catch (e) {
    showFailure(form, ['until'], message, e, T);
  }
}

async function start() {
  texts();
  const me = await signedInOrShown(main, T);
  if (!me) {
    return;
  }
  if (!me.keepsArchive) {
    showDenied(main, T);
    return;
  }
  form.addEventListener('submit', save);
  customerChooser(document.getElementById('customer-search'), document.getElementById('customer-find'),
    document.getElementById('customer-choice'), T, (id) => {
      customerId = id;
      load();
    });
  if (customerId === null) {
    await load();
  }
  main.dataset.state = 'ready';
}

start();
