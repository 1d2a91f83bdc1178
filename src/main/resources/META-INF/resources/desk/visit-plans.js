/*
 * Visit plans for service managers (002 二(五)2 定期和不定期回访, 3.2 节日/活动特色回访): the plans as
 * GET /api/visit-plans lists them, and a form that creates one with POST /api/visit-plans. The page checks nothing
 * itself: the API's answer decides, and its problem+json names each bad field, shown next to that field.
 *
 * Stable DOM for tests: #visit-plans[data-state=ready|login|denied], #plan-form fields named as the API's
 * (kind, recurrence, title, customerId, project, firstDate, untilDate), .as-field-error[data-field],
 * #plan-message[data-result=created|invalid|failed][data-plan-id], #plans-table tr.as-plan[data-plan-id].
 */
import { api, signedIn, ApiError, el, table, pageLanguage, drawShell, problemText, TASKLIST_LOGIN, customerRow,
  clearFieldErrors, showFailure } from './desk-common.js';

const TEXTS = {
  zh: {
    title: '回访计划', desk: '服务台', outbox: '邮件发件箱', cockpit: 'Cockpit', other: 'English',
    newPlan: '新建回访计划', kind: '类型', recurrence: '频次', planTitle: '标题', customer: '客户（客户档案）',
    find: '查找', noCustomer: '（不指定客户）', project: '项目', firstDate: '首次回访日期', untilDate: '截止日期（可不填）',
    hint: '客户或项目至少填一项；首次回访日期不能早于今天。每次回访当天在第一个联系时段开始。',
    save: '保存计划', created: (id) => '回访计划 ' + id + ' 已保存。', invalid: '请修改标出的内容：', failed: '保存失败：',
    hits: (n) => '找到 ' + n + ' 位客户', noHits: '没有找到客户',
    loginNeeded: '请先登录 Camunda Cockpit 或任务列表，然后再打开本页。', loginLink: '登录', denied: '无权使用：',
    list: '回访计划', none: '还没有回访计划。',
    columns: ['编号', '类型', '标题', '客户', '项目', '频次', '首次', '截止', '下次回访', '创建人'],
    kinds: { plan: '计划回访（定期/不定期）', festival: '节日回访', campaign: '活动回访（店庆、促销）' },
    recurrences: { once: '一次', monthly: '每月', quarterly: '每季度' },
    ended: '已结束'
  },
  en: {
    title: 'Visit plans', desk: 'Desk', outbox: 'Outbox', cockpit: 'Cockpit', other: '中文',
    newPlan: 'New visit plan', kind: 'Kind', recurrence: 'Recurrence', planTitle: 'Title',
    customer: 'Customer (archive)', find: 'Find', noCustomer: '(no customer)', project: 'Project',
    firstDate: 'First visit', untilDate: 'Until (optional)',
    hint: 'A customer or a project, or both; the first visit not before today. Each visit starts on its day, in '
      + 'the first contact window.',
    save: 'Save plan', created: (id) => 'Visit plan ' + id + ' saved.', invalid: 'Please correct the marked fields: ',
    failed: 'Could not save: ', hits: (n) => n + (n === 1 ? ' customer found' : ' customers found'),
    noHits: 'No customer found',
    loginNeeded: 'Please sign in to Camunda Cockpit or Tasklist first, then open this page again.',
    loginLink: 'Sign in', denied: 'Not for you: ', list: 'Visit plans', none: 'No visit plans yet.',
    columns: ['No.', 'Kind', 'Title', 'Customer', 'Project', 'Recurrence', 'First', 'Until', 'Next visit',
      'Created by'],
    kinds: { plan: 'plan visit (regular or irregular)', festival: 'festival visit', campaign: 'campaign visit' },
    recurrences: { once: 'once', monthly: 'monthly', quarterly: 'quarterly' },
    ended: 'ended'
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const FIELDS = ['kind', 'recurrence', 'title', 'customerId', 'project', 'firstDate', 'untilDate'];
const form = document.getElementById('plan-form');

function texts() {
  drawShell({ titleId: 'plans-title', title: T.title, other: T.other,
    links: [['nav-desk', 'desk.html', T.desk], ['nav-outbox', 'outbox.html', T.outbox],
      ['nav-cockpit', '/camunda/app/cockpit/default/', T.cockpit]] });
  customerRow(document.getElementById('customer-row'), { id: 'plan-customer', name: 'customerId' }, T);
  [['new-plan-title', T.newPlan], ['kind-label', T.kind], ['recurrence-label', T.recurrence],
    ['title-label', T.planTitle], ['project-label', T.project], ['first-label', T.firstDate],
    ['until-label', T.untilDate], ['plan-hint', T.hint], ['plan-save', T.save], ['list-title', T.list]]
    .forEach(([id, text]) => { document.getElementById(id).textContent = text; });
  Object.entries(T.kinds).forEach(([code, name]) => form.kind.append(el('option', { value: code }, name)));
  Object.entries(T.recurrences).forEach(([code, name]) =>
    form.recurrence.append(el('option', { value: code }, name)));
  form.customerId.append(el('option', { value: '' }, T.noCustomer));
}

/** Customers by (part of) their name, for the customer select (GET /api/customers?name=). */
async function findCustomers() {
  const name = document.getElementById('customer-search').value.trim();
  const select = form.customerId;
  try {
    const hits = name ? await api('GET', '/api/customers?name=' + encodeURIComponent(name)) : [];
    select.replaceChildren(el('option', { value: '' }, hits.length ? T.hits(hits.length) : T.noHits),
      ...hits.map((c) => el('option', { value: c.id }, c.name + ' (' + c.id + ')')));
    if (hits.length === 1) {
      select.value = String(hits[0].id);
    }
  } catch (e) {
    select.replaceChildren(el('option', { value: '' }, problemText(e)));
  }
}

async function save(event) {
  event.preventDefault();
  clearFieldErrors(form);
  const message = document.getElementById('plan-message');
  const body = {};
  FIELDS.forEach((name) => {
    const value = form.elements[name].value.trim();
    if (value !== '') {
      body[name] = name === 'customerId' ? Number(value) : value;
    }
  });
  try {
    const plan = await api('POST', '/api/visit-plans', body);
    message.replaceChildren(el('div', { class: 'as-message as-success' }, T.created(plan.id)));
    message.dataset.result = 'created';
    message.dataset.planId = plan.id;
    form.title.value = '';
    form.project.value = '';
    await load();
  } catch (e) {
    showFailure(form, FIELDS, message, e, T);
  }
}

async function load() {
  const list = document.getElementById('plan-list');
  try {
    const plans = await api('GET', '/api/visit-plans');
    list.replaceChildren(plans.length ? table('plans-table', T.columns, plans, (p) => [
      String(p.id), T.kinds[p.kind] || p.kind, p.title,
      p.customerId === null || p.customerId === undefined ? '' : (p.customerName || '') + ' (' + p.customerId + ')',
      p.project || '', T.recurrences[p.recurrence] || p.recurrence, p.firstDate, p.untilDate || '',
      p.nextVisit || T.ended, p.createdBy
    ], (p) => ({ class: 'as-plan', 'data-plan-id': p.id })) : el('p', { class: 'as-muted' }, T.none));
    document.getElementById('visit-plans').dataset.state = 'ready';
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const box = document.getElementById('login-needed');
      box.replaceChildren(T.loginNeeded + ' ', el('a', { href: TASKLIST_LOGIN }, T.loginLink));
      box.hidden = false;
      document.getElementById('visit-plans').dataset.state = 'login';
    } else if (e instanceof ApiError && e.status === 403) {
      list.replaceChildren(el('div', { class: 'as-message as-error' }, T.denied + problemText(e)));
      form.hidden = true;
      document.getElementById('visit-plans').dataset.state = 'denied';
    } else {
      list.replaceChildren(el('div', { class: 'as-message as-error' }, problemText(e)));
    }
  }
}

texts();
form.addEventListener('submit', save);
document.getElementById('customer-find').addEventListener('click', findCustomers);
document.getElementById('customer-search').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    findCustomers();
  }
});
// the session's CSRF token first (for the POST), then the list; without a login load() shows how to sign in
signedIn().catch(() => null).then(load);
