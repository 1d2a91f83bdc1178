package com.aftersales.customers.api;

import com.aftersales.customers.CustomerCard;
import org.springframework.web.util.HtmlUtils;

/** The customer card as the small page a form's link opens: every value HTML-escaped, nothing but the card. */
final class CardPage {

  private CardPage() {}

  static String html(CustomerCard card) {
    StringBuilder page = new StringBuilder()
        .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>客户信息卡</title>")
        .append("<meta name=\"robots\" content=\"noindex\"></head><body><h1>客户信息卡</h1><dl>");
    row(page, "客户", card.name());
    row(page, "联系人", card.contactName());
    row(page, "电话", card.phone());
    row(page, "电子邮件", card.email());
    row(page, "地址", card.address());
    row(page, "客户分类", card.classification().label());
    row(page, "任务", String.join("；", card.forTasks()));
    if (!card.repeatRepairs().isEmpty()) {
      row(page, "返修提示", String.join("；", card.repeatRepairs()));
    }
    return page.append("</dl></body></html>").toString();
  }

  private static void row(StringBuilder page, String label, String value) {
    if (value != null) {
      page.append("<dt>").append(label).append("</dt><dd>").append(HtmlUtils.htmlEscape(value)).append("</dd>");
    }
  }
}
