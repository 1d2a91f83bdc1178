/*
 * Return visits week by week: a Cockpit plugin (plugin point cockpit.dashboard) below the staff view.
 *
 * It draws what GET /api/reports/visits?weeks=12 returns (the CSV of that address holds the same rows; figures are
 * never computed here): per week the visits that came due and how many of them were done, and the average
 * satisfaction of the visits done in the week. Charts are plain inline SVG drawn here; the table below them holds
 * the same figures for people who would rather read.
 *
 * Stable DOM for tests and people:
 *   #visit-trends[data-state=loading|ready|error|denied][data-from][data-to]
 *   svg#visit-due-chart g.visit-due-week[data-week-start][data-due][data-done]  (rect.visit-due, rect.visit-done)
 *   svg#visit-satisfaction-chart g.visit-score[data-week-start][data-value]  ("–" for a week without scores)
 *   a#visit-trends-csv (the same rows as CSV), a#visit-plans-link (the service managers' plan screen)
 *   #visit-trend-table tr.visit-week[data-week-start] td.visit-figure[data-figure=<figure name>]  (text = the API's
 *     value, "–" for none)
 */
import { webappLanguage } from '../../../aftersales/webapp-locale.js';
import { appRoot, el, getJson, svg } from '../sla-dashboard/sla-dashboard.js';

const WEEKS = 12;
const FIGURES = ['due', 'done', 'unreached', 'open', 'doneShare', 'scored', 'averageSatisfaction', 'lowScores',
  'complaints'];

const TEXTS = {
  en: {
    title: 'Return visits (last ' + WEEKS + ' weeks)',
    loading: 'Loading…',
    failed: 'Could not load the return-visit report: ',
    denied: 'The return-visit figures are for managers, the general manager and analysts.',
    dueChart: 'Return visits per week: due and done',
    due: 'due',
    done: 'done',
    satisfactionChart: 'Average satisfaction per week (score 1–5)',
    noScore: 'no scores',
    week: 'Week',
    headings: ['Due', 'Done', 'Not reached', 'Running', 'Share done', 'Scored', 'Satisfaction', 'Low scores',
      'Complaints'],
    meta: (r) => r.from + ' – ' + r.to + ' (' + r.zone + '). Due: visits whose first contact window closed in the '
      + 'week; done: those of them that reached the customer. Satisfaction: the visits done in the week; a low '
      + 'score is ' + r.lowScore + ' or less.',
    csv: 'Download as CSV',
    plans: 'Visit plans'
  },
  zh: {
    title: '回访趋势（最近 ' + WEEKS + ' 周）',
    loading: '正在加载…',
    failed: '无法加载回访报表：',
    denied: '回访统计仅供经理、总经理和分析人员查看。',
    dueChart: '每周回访：应访与已访',
    due: '应访',
    done: '已访',
    satisfactionChart: '每周平均满意度（1–5 分）',
    noScore: '无评分',
    week: '周',
    headings: ['应访', '已访', '未联系上', '进行中', '完成率', '评分数', '平均满意度', '低分', '投诉'],
    meta: (r) => r.from + ' 至 ' + r.to + '（' + r.zone + '）。应访：首个联系时段在该周结束的回访；已访：其中已联系上'
      + '客户的。满意度：该周完成的回访；' + r.lowScore + ' 分及以下为低分。',
    csv: '下载 CSV',
    plans: '回访计划'
  }
};

const TEXT = TEXTS[webappLanguage()] || TEXTS.en;

function shown(value) {
  return value === undefined || value === null ? '–' : String(value);
}

/** "12-01": the week's Monday, as the axis reads it. */
function weekLabel(week) {
  return week.weekStart.substring(5);
}

const LEFT = 40;
const TOP = 24;
const PLOT_HEIGHT = 160;
const BOTTOM = 36;
const COLUMN = 56;

function frame(id, title, weeks) {
  const width = LEFT + weeks.length * COLUMN + 16;
  const root = svg('svg', { id, class: 'visit-chart', role: 'img', width: String(width),
    height: String(TOP + PLOT_HEIGHT + BOTTOM), viewBox: '0 0 ' + width + ' ' + (TOP + PLOT_HEIGHT + BOTTOM) });
  root.appendChild(svg('title', {}, title));
  root.appendChild(svg('text', { x: '0', y: '14', class: 'visit-chart-title' }, title));
  root.appendChild(svg('line', { x1: String(LEFT), y1: String(TOP + PLOT_HEIGHT), x2: String(width - 8),
    y2: String(TOP + PLOT_HEIGHT), stroke: '#999999' }));
  weeks.forEach((w, i) => root.appendChild(svg('text', { x: String(LEFT + i * COLUMN + 6),
    y: String(TOP + PLOT_HEIGHT + 16), class: 'visit-axis' }, weekLabel(w))));
  return root;
}

/** y axis from 0 to max with a few whole-number ticks. */
function axis(root, max, format) {
  [0, 0.5, 1].forEach((f) => {
    const y = TOP + PLOT_HEIGHT - f * PLOT_HEIGHT;
    root.appendChild(svg('line', { x1: String(LEFT - 4), y1: String(y), x2: String(LEFT), y2: String(y),
      stroke: '#999999' }));
    root.appendChild(svg('text', { x: '0', y: String(y + 4), class: 'visit-axis' }, format(max * f)));
  });
}

/** Per week two bars: the visits that came due (grey) and those of them done (green), the numbers above. */
function dueChart(trend) {
  const root = frame('visit-due-chart', TEXT.dueChart, trend.weeks);
  const max = Math.max(1, ...trend.weeks.map((w) => w.due));
  axis(root, max, (v) => String(Math.round(v * 10) / 10));
  const bar = 20;
  trend.weeks.forEach((w, i) => {
    const x = LEFT + i * COLUMN + 6;
    const g = svg('g', { class: 'visit-due-week', 'data-week-start': w.weekStart, 'data-due': String(w.due),
      'data-done': String(w.done) });
    const dueHeight = Math.round(PLOT_HEIGHT * w.due / max);
    const doneHeight = Math.round(PLOT_HEIGHT * w.done / max);
    g.appendChild(svg('rect', { class: 'visit-due', x: String(x), y: String(TOP + PLOT_HEIGHT - dueHeight),
      width: String(bar), height: String(dueHeight), fill: '#bbbbbb' }, undefined));
    g.appendChild(svg('rect', { class: 'visit-done', x: String(x + bar), y: String(TOP + PLOT_HEIGHT - doneHeight),
      width: String(bar), height: String(doneHeight), fill: '#5cb85c' }));
    g.appendChild(svg('text', { x: String(x), y: String(TOP + PLOT_HEIGHT - dueHeight - 3), class: 'visit-value' },
      String(w.due)));
    g.appendChild(svg('text', { x: String(x + bar), y: String(TOP + PLOT_HEIGHT - doneHeight - 3),
      class: 'visit-value' }, String(w.done)));
    g.appendChild(svg('title', {}, w.weekStart + ' – ' + w.weekEnd + ': ' + TEXT.due + ' ' + w.due + ', '
      + TEXT.done + ' ' + w.done));
    root.appendChild(g);
  });
  const legendX = LEFT + trend.weeks.length * COLUMN - 120;
  root.appendChild(svg('rect', { x: String(legendX), y: '4', width: '10', height: '10', fill: '#bbbbbb' }));
  root.appendChild(svg('text', { x: String(legendX + 14), y: '14', class: 'visit-axis' }, TEXT.due));
  root.appendChild(svg('rect', { x: String(legendX + 60), y: '4', width: '10', height: '10', fill: '#5cb85c' }));
  root.appendChild(svg('text', { x: String(legendX + 74), y: '14', class: 'visit-axis' }, TEXT.done));
  return root;
}

/** The average score per week on a 0–5 scale, joined by a line; a week without scores is a gap. */
function satisfactionChart(trend) {
  const root = frame('visit-satisfaction-chart', TEXT.satisfactionChart, trend.weeks);
  axis(root, 5, (v) => String(v));
  const points = [];
  let path = [];
  const segments = [];
  trend.weeks.forEach((w, i) => {
    const x = LEFT + i * COLUMN + 26;
    const value = w.averageSatisfaction;
    const g = svg('g', { class: 'visit-score', 'data-week-start': w.weekStart, 'data-value': shown(value) });
    if (value === null || value === undefined) {
      if (path.length) {
        segments.push(path);
      }
      path = [];
      g.appendChild(svg('text', { x: String(x - 16), y: String(TOP + PLOT_HEIGHT - 4), class: 'visit-axis',
        fill: '#999999' }, TEXT.noScore));
    } else {
      const y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * value / 5;
      path.push(x + ',' + Math.round(y));
      g.appendChild(svg('circle', { cx: String(x), cy: String(Math.round(y)), r: '4', fill: '#337ab7' }));
      g.appendChild(svg('text', { x: String(x - 10), y: String(Math.round(y) - 8), class: 'visit-value' },
        String(value)));
    }
    g.appendChild(svg('title', {}, w.weekStart + ' – ' + w.weekEnd + ': ' + shown(value) + ' (' + w.scored + ')'));
    points.push(g);
  });
  if (path.length) {
    segments.push(path);
  }
  segments.filter((s) => s.length > 1).forEach((s) => root.appendChild(svg('polyline', { points: s.join(' '),
    fill: 'none', stroke: '#337ab7', 'stroke-width': '2' })));
  points.forEach((g) => root.appendChild(g));
  return root;
}

function table(trend) {
  return el('table', { id: 'visit-trend-table', class: 'table table-bordered table-condensed' }, [
    el('thead', {}, [el('tr', {}, [el('th', {}, [TEXT.week])].concat(TEXT.headings.map((h) => el('th', {}, [h]))))]),
    el('tbody', {}, trend.weeks.map((w) => el('tr', { class: 'visit-week', 'data-week-start': w.weekStart }, [
      el('th', { scope: 'row' }, [w.weekStart + ' – ' + w.weekEnd])
    ].concat(FIGURES.map((f) => el('td', { class: 'visit-figure', 'data-figure': f }, [shown(w[f])]))))))
  ]);
}

function render(node, api) {
  const root = appRoot(api);
  const section = el('section', { id: 'visit-trends', 'data-state': 'loading' });
  const style = el('style', {}, ['#visit-trends .visit-chart{margin:0 24px 12px 0;vertical-align:top}'
    + '#visit-trends .visit-chart text{font-size:11px}#visit-trends .visit-chart-title{font-weight:bold}']);
  const meta = el('p', {}, [TEXT.loading]);
  const content = el('div', {});
  [style, el('h1', { class: 'section-title' }, [TEXT.title]), meta, content].forEach((c) => section.appendChild(c));
  node.appendChild(section);
  const path = '/api/reports/visits?weeks=' + WEEKS;
  getJson(root + path)
    .then((trend) => {
      section.setAttribute('data-from', trend.from);
      section.setAttribute('data-to', trend.to);
      meta.textContent = TEXT.meta(trend) + ' ';
      // the same rows as CSV (the API answers CSV to Accept: text/csv, which a plain link cannot ask for)
      const csvPath = root + '/api/reports/visits?from=' + trend.from + '&to=' + trend.to;
      const csv = el('a', { id: 'visit-trends-csv', href: csvPath }, [TEXT.csv]);
      csv.addEventListener('click', (event) => {
        event.preventDefault();
        fetch(csvPath, { credentials: 'same-origin', headers: { Accept: 'text/csv' } })
          .then((response) => response.blob())
          .then((blob) => {
            const link = el('a', { href: URL.createObjectURL(blob),
              download: 'visits-' + trend.from + '-' + trend.to + '.csv' });
            document.body.appendChild(link);
            link.click();
            link.remove();
          });
      });
      meta.appendChild(csv);
      // where service managers plan regular, festival and campaign visits (the desk's plan screen)
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('a', { id: 'visit-plans-link', href: root + '/desk/visit-plans.html'
        + (webappLanguage() === 'zh' ? '' : '?lang=en') }, [TEXT.plans]));
      content.appendChild(dueChart(trend));
      content.appendChild(satisfactionChart(trend));
      content.appendChild(table(trend));
      section.setAttribute('data-state', 'ready');
    })
    .catch((e) => {
      meta.textContent = e.status === 403 ? TEXT.denied : TEXT.failed + e.message;
      section.setAttribute('data-state', e.status === 403 ? 'denied' : 'error');
    });
}

export default {
  id: 'aftersales-visit-trends',
  pluginPoint: 'cockpit.dashboard',
  priority: 3.5,
  render: (node, { api }) => render(node, api)
};
