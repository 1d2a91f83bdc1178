/*
 * Welcome configuration of the after-sales platform; replaces the webapp's default config.js (comments only), so
 * everything not set here keeps the defaults. Language and date formats: ../../aftersales/webapp-locale.js.
 */
import { locales, dateFormat } from '../../aftersales/webapp-locale.js';

export default {
  locales,
  dateFormat
};
