/*
 * The one-question satisfaction page linked from the follow-up mail (?case=&token=): the score (1-5) goes to the
 * case's follow-up call as the call would record it (POST /api/customer/satisfaction).
 *
 * Stable DOM for tests: #satisfaction-page[data-state=asking|thanks|answered|called|invalid-link|throttled|failed],
 * input[name=score][value=1..5], #comment, #send.
 */
import { pageLanguage, otherLanguageLink, call, showFieldErrors, text } from './customer.js';

const TEXTS = {
  zh: {
    title: '您对我们的服务满意吗？', other: 'English', send: '提交',
    question: (n) => '案件 ' + n + ' 已处理完毕。请为我们的服务打分：',
    scores: ['1 非常不满意', '2 不满意', '3 一般', '4 满意', '5 非常满意'], comment: '意见（可选）',
    thanks: '感谢您的评价！', answered: '您已经回答过此问题，谢谢！',
    called: '我们的客服已经通过电话询问过您，您的回答已记录。谢谢！',
    invalid: '此链接无效或已过期。', throttled: '尝试次数过多，请稍后再试。', failed: '暂时无法提交，请稍后再试。',
    messages: { score: '请选择 1 到 5 分。', comment: '意见最多 1000 个字符。' }
  },
  en: {
    title: 'Were you satisfied with our service?', other: '中文', send: 'Send',
    question: (n) => 'Case ' + n + ' is complete. How satisfied are you with our service?',
    scores: ['1 very dissatisfied', '2 dissatisfied', '3 neutral', '4 satisfied', '5 very satisfied'],
    comment: 'Comments (optional)', thanks: 'Thank you for your answer!',
    answered: 'You have answered this question already. Thank you!',
    called: 'Our customer service has already asked you by phone; your answer is recorded. Thank you!',
    invalid: 'This link is not (or no longer) valid.', throttled: 'Too many attempts; please try again later.',
    failed: 'Your answer cannot be sent right now; please try again later.',
    messages: { score: 'Please choose 1 to 5.', comment: 'At most 1000 characters, please.' }
  }
};

const lang = pageLanguage();
const T = TEXTS[lang];
const page = document.getElementById('satisfaction-page');
const params = new URLSearchParams(window.location.search);
const caseNumber = params.get('case') || '';
const token = params.get('token') || '';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = T.title;
text('title', T.title);
text('switch-language', T.other);
document.getElementById('switch-language').href = otherLanguageLink(lang);

function finish(state, value, kind) {
  const box = document.createElement('div');
  box.className = 'message ' + (kind || 'ok');
  box.id = 'satisfaction-message';
  box.textContent = value;
  document.getElementById('satisfaction-result').replaceChildren(box);
  document.getElementById('satisfaction-form').hidden = true;
  page.dataset.state = state;
}

function refused(answer) {
  if (answer.status === 404 || answer.status === 400) {
    finish('invalid-link', T.invalid, 'error');
  } else if (answer.status === 409) {
    const called = answer.json && answer.json.reason === 'called';
    finish(called ? 'called' : 'answered', called ? T.called : T.answered);
  } else if (answer.status === 429) {
    finish('throttled', T.throttled, 'error');
  } else {
    finish('failed', T.failed, 'error');
  }
}

function ask() {
  text('question', T.question(caseNumber));
  text('comment-label', T.comment);
  text('send', T.send);
  const scores = document.getElementById('scores');
  T.scores.forEach((label, i) => {
    const option = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'score';
    input.value = String(i + 1);
    option.append(input, label);
    scores.append(option);
  });
  document.getElementById('satisfaction-form').hidden = false;
  page.dataset.state = 'asking';
}

document.getElementById('satisfaction-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const chosen = document.querySelector('input[name=score]:checked');
  const answer = await call('POST', '/api/customer/satisfaction', {
    caseNumber, token, score: chosen ? Number(chosen.value) : null,
    comment: document.getElementById('comment').value
  });
  if (answer.status === 204) {
    finish('thanks', T.thanks);
  } else if (answer.status === 400 && answer.json && Array.isArray(answer.json.errors)
      && answer.json.errors.every((e) => e.field === 'score' || e.field === 'comment')) {
    showFieldErrors(answer.json, T.messages);
  } else {
    refused(answer);
  }
});

(async () => {
  const answer = await call('GET', '/api/customer/satisfaction?caseNumber=' + encodeURIComponent(caseNumber)
    + '&token=' + encodeURIComponent(token));
  if (answer.status === 200 && !answer.json.answered) {
    ask();
  } else if (answer.status === 200) {
    finish('answered', T.answered);
  } else {
    refused(answer);
  }
})();
