/*
 * Language and date settings shared by the config.js of Tasklist, Cockpit, Admin and Welcome (the webapps import
 * config.js as an ES module, so it can import this file relative to app/<webapp>/scripts/).
 *
 * The staff speak Chinese: zh (app/<webapp>/locales/zh.json, written for this project) is the fallback for every
 * browser language the webapps have no file for. A browser whose first language is English still gets Camunda's
 * en.json: the webapps take the part before "-" of the browser's first language (zh-CN -> zh, en-US -> en) and
 * look it up in availableLocales.
 *
 * Dates read as yyyy-MM-dd in both languages (moment.js patterns; the webapps' defaults are the locale's long
 * formats such as "June 3, 2026 4:05 PM").
 */
export const locales = {
  availableLocales: ['zh', 'en'],
  fallbackLocale: 'zh'
};

export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'YYYY-MM-DD HH:mm',
  normal: 'YYYY-MM-DD HH:mm',
  long: 'YYYY-MM-DD HH:mm:ss',
  short: 'YYYY-MM-DD'
};

/**
 * The language the webapps show for this browser, by their own rule (camunda-commons-ui's
 * determinePreferredLanguage): the browser's first language up to "-", if available, else the fallback. Plugins
 * use it to label their own texts in the same language as the page around them.
 */
export function webappLanguage(navigator = window.navigator) {
  const first = (Array.isArray(navigator.languages) && navigator.languages.length
    ? navigator.languages[0]
    : navigator.language) || '';
  const wanted = first.split('-')[0].toLowerCase();
  return locales.availableLocales.includes(wanted) ? wanted : locales.fallbackLocale;
}
