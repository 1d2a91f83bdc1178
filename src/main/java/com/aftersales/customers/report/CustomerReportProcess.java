package com.aftersales.customers.report;

/**
 * The contract of processes/customer-info-report.bpmn (客户信息月报, 002 二(一) 6.1: 市场部业务人员…每月第一个星期一向
 * 客服部提供《客户信息报告》): on the first Monday of every month the archive's figures of the month before are
 * gathered, a salesperson writes the competitive environment of their customers into the report, and the report is
 * kept (report_archive, report {@value #REPORT}) and mailed with its CSV to {@code aftersales.archive.report-recipients}
 * (6.9: 客户信息报表…必须妥善保管).
 */
public final class CustomerReportProcess {

  public static final String KEY = "customer-info-report";
  /** The report's name in report_archive. */
  public static final String REPORT = "customer-info";

  private CustomerReportProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String PREPARE = "Task_PrepareReport";
    public static final String WRITE = "Task_WriteReport";
    public static final String SEND = "Task_SendReport";
    public static final String END = "EndEvent_ReportSent";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String REPORT_MONTH = "reportMonth";
    public static final String REPORT_FIGURES = "reportFigures";
    public static final String MARKET_ENVIRONMENT = "marketEnvironment";
    public static final String CUSTOMER_NOTES = "customerNotes";
    public static final String REPORT_ARCHIVE_ID = "reportArchiveId";

    private Vars() {}
  }
}
