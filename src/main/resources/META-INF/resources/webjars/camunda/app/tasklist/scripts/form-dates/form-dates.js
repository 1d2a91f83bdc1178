/*
 * Dates in Camunda Forms for Chinese staff: a Tasklist script of the after-sales platform (config.js customScripts).
 *
 * Why a script: the form library Tasklist 7.24 bundles (form-js) gives its date field no format property. Its date
 * picker (flatpickr) takes the pattern of the browser's default Intl locale ("default"), not of Tasklist's language:
 * an en-US Chromium shows 12/8/2026 (placeholder mm/dd/yyyy), a zh-CN one 2026/12/8 (yyyy/mm/dd). Tasklist's
 * own dateFormat setting (webapp-locale.js) does not reach the form.
 *
 * What it does: where Tasklist speaks Chinese (webappLanguage() is zh), every date picker of a form is switched to
 * yyyy-MM-dd through flatpickr's public instance API (input._flatpickr.set), once per picker: the field shows
 * 2026-12-08, accepts 2026-12-08, 2026-12-8, 2026/12/8 and 2026年12月8日 (typed, then Enter or leaving the field),
 * and its calendar names months and weekdays in Chinese, weeks starting on Monday. What the form submits is
 * unchanged (form-js serialises the date itself, yyyy-MM-dd). English Tasklist keeps form-js's behaviour.
 *
 * Stable DOM for tests: the date input gets data-aftersales-date-format="yyyy-MM-dd" once switched.
 */
import { webappLanguage } from '../../../aftersales/webapp-locale.js';

const FORMAT = 'Y-m-d'; // flatpickr tokens for yyyy-MM-dd
const PLACEHOLDER = 'yyyy-mm-dd';
const DATE_INPUTS = '.fjs-form-field-datetime input[id$="-date"]';

const CHINESE_CALENDAR = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

const CHINESE_DATE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/;

/**
 * A date as Chinese staff write it: year first, then month and day, separated by "-", "/", "." or written
 * 2026年12月8日. Undefined for anything else, or for a day the month does not have (2026-02-30).
 */
export function parseChineseDate(text) {
  if (text instanceof Date) {
    return new Date(text.getTime());
  }
  const match = CHINESE_DATE.exec(String(text));
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Switches one date input's picker to the Chinese format (again after form-js made it a new picker). */
function adapt(input) {
  const picker = input._flatpickr;
  if (!picker || !picker.config || picker.config.noCalendar || picker.aftersalesDateFormat === FORMAT) {
    return;
  }
  picker.aftersalesDateFormat = FORMAT;
  // set() re-reads the locale, redraws the calendar and rewrites the shown value in the new format
  picker.set({ locale: CHINESE_CALENDAR, parseDate: parseChineseDate, dateFormat: FORMAT });
  input.setAttribute('placeholder', PLACEHOLDER);
  input.setAttribute('data-aftersales-date-format', 'yyyy-MM-dd');
}

function adaptAll(root = document) {
  root.querySelectorAll(DATE_INPUTS).forEach(adapt);
}

if (typeof window !== 'undefined' && webappLanguage() === 'zh') {
  // Forms are rendered (and their pickers made) whenever a task is opened: watch the page for them ...
  new MutationObserver(() => adaptAll()).observe(document.documentElement, { childList: true, subtree: true });
  // ... and make sure before anyone types into a picker made without a DOM change.
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.matches(DATE_INPUTS)) {
      adapt(event.target);
    }
  }, true);
  adaptAll();
}

export default [];
