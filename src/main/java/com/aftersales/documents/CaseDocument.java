package com.aftersales.documents;

/**
 * The printable documents of a case: {@code name} is the path segment
 * ({@code /api/cases/{caseNumber}/documents/{name}.pdf}), {@code title} the heading printed on it.
 */
public enum CaseDocument {
  SERVICE_REPORT("service-report", "维修服务报告"),
  QUOTE("quote", "报价单"),
  INVOICE_NOTE("invoice-note", "发票通知单"),
  COMPLAINT_REPLY("complaint-reply", "投诉处理结果答复函"),
  EXCHANGE_CONFIRMATION("exchange-confirmation", "换货确认单"),
  INSTALLATION_ACCEPTANCE("installation-acceptance", "安装调试验收单");

  private final String name;
  private final String title;

  CaseDocument(String name, String title) {
    this.name = name;
    this.title = title;
  }

  public String fileName() {
    return name + ".pdf";
  }

  public String pathName() {
    return name;
  }

  public String title() {
    return title;
  }

  /** The document of this path segment, or null. */
  public static CaseDocument byName(String name) {
    for (CaseDocument d : values()) {
      if (d.name.equals(name)) {
        return d;
      }
    }
    return null;
  }
}
