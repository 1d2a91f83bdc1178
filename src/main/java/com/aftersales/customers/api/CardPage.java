package com.aftersales.customers.api;

import com.aftersales.customers.CustomerCard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/** The customer card as the small page a form's link opens: every value HTML-escaped, nothing but the card. */
final class CardPage {

  /** Amap's public search link (uri.amap.com): opens the map app or the web map at the address. */
  static final String MAP_SEARCH = "https://uri.amap.com/search?keyword=";

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
    if (card.address() != null) {
      // the engineer on the way: the address on a map (opened only when clicked; nothing is sent before)
      page.append("<dd><a href=\"").append(HtmlUtils.htmlEscape(MAP_SEARCH
              + URLEncoder.encode(card.address(), StandardCharsets.UTF_8)))
          .append("\" target=\"_blank\" rel=\"noopener noreferrer\">在地图中查看</a></dd>");
    }
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
