/*
 * The photos of a case as thumbnails (shared by photos.html and the desk's case file): each links to the image itself
 * (GET /api/cases/{caseNumber}/photos/{id}, shown inline in the browser).
 *
 * Stable DOM for tests: .as-photos .as-photo[data-photo-id][data-kind] img.
 */
import { el } from './desk-common.js';

export const PHOTO_TEXTS = {
  zh: { kinds: { fault: '故障', repaired: '维修完成', other: '其他' }, none: '暂无照片。', by: '上传人',
    upload: '上传照片' },
  en: { kinds: { fault: 'Fault', repaired: 'Finished repair', other: 'Other' }, none: 'No photos yet.',
    by: 'Uploaded by', upload: 'Upload photos' }
};

/** The photos as a row of captioned thumbnails, or a line saying there are none. */
export function photoGallery(photos, lang) {
  const T = PHOTO_TEXTS[lang];
  if (!photos.length) {
    return el('p', { class: 'as-muted as-no-photos' }, T.none);
  }
  return el('div', { class: 'as-photos' }, photos.map((p) => el('figure', {
    class: 'as-photo', 'data-photo-id': p.id, 'data-kind': p.kind
  },
  el('a', { href: p.url, target: '_blank', rel: 'noopener' },
    el('img', { src: p.url, alt: (T.kinds[p.kind] || p.kind) + ' #' + p.id, loading: 'lazy' })),
  el('figcaption', {}, el('strong', {}, T.kinds[p.kind] || p.kind), ' · ', p.uploadedAt ? p.uploadedAt.text : '',
    el('br'), T.by + ': ' + p.uploadedBy, p.fileName ? el('span', { class: 'as-muted' }, ' · ' + p.fileName) : null))));
}

/** The page where photos of the case are uploaded, in the given language. */
export function photosPage(caseNumber, lang) {
  const params = new URLSearchParams({ case: caseNumber });
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked) {
    params.set('lang', lang);
  }
  return 'photos.html?' + params.toString();
}
