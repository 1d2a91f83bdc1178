package com.aftersales.reports.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SLA report and its case lists go through the shared CSV writer: nothing in them is typed by a person today
 * (names and targets are configuration, references are made by the system), yet a cell a spreadsheet would run
 * as a formula would still come out as text.
 */
class SlaCsvTest {

  static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

  @Test
  void theReportCsvWritesFiguresAsNumbersAndFormulaTextAsText() {
    SlaReport report = new SlaReport(AT, 30, AT, 24, List.of(
        new SlaReport.Row("first-response", "=HYPERLINK(\"http://evil.example\")", "24 h", 1, 0, 0, 3, 1,
            new BigDecimal("75.0"), "/api/reports/sla/first-response/cases", 2)), "Asia/Shanghai");
    assertThat(report.csv().split("\r\n")).containsExactly(SlaReport.CSV_HEADER,
        "first-response,\"'=HYPERLINK(\"\"http://evil.example\"\")\",24 h,1,0,0,3,1,75.0,2");
  }

  @Test
  void theCaseListCsvWritesAFormulaReferenceAsText() {
    SlaCaseList list = new SlaCaseList("parts-lead-time", "met", AT, 1, List.of(new SlaCaseList.Item(
        new SlaCase("AS-2026-000001", "pi-1", "@SUM(A1)", AT, AT, null, true, null), "#/process-instance/pi-1", "=派工",
        null, 90L)));
    assertThat(list.csv().split("\r\n")).containsExactly(SlaCaseList.CSV_HEADER,
        "AS-2026-000001,pi-1,\"'@SUM(A1)\",2026-03-02T02:00:00Z,2026-03-02T02:00:00Z,,#/process-instance/pi-1,true,,"
            + "\"'=派工\",,90");
  }
}
