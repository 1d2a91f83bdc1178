package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {

  static LedgerEntry entry(String caseNumber, LocalDate date, String reason) {
    Instant at = Instant.parse("2026-03-02T02:00:00Z");
    return new LedgerEntry(caseNumber, date, "Li Na", "Centrifuge C-200", "SN-OLD", "SN-NEW", reason,
        new LedgerEntry.Approval("rita", "approved", "ok", at),
        new LedgerEntry.Approval("oscar", "approved", "Unit complete, original packaging", at),
        new LedgerEntry.Approval("grace", "approved", null, at),
        "A-03-12", "walt", at, "sally", at);
  }

  @Test
  void theFirstLineNamesTheColumnsAndEachExchangeIsOneLine() {
    String csv = LedgerCsv.write(List.of(entry("AS-2026-000001", LocalDate.of(2026, 3, 5), "Rotor stops")));
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("exchange_date,case_number,customer_name,product_model,old_serial_number,"
        + "new_serial_number,reason,regional_manager,").endsWith(",handler,recorded_at");
    assertThat(lines[1]).isEqualTo("2026-03-05,AS-2026-000001,Li Na,Centrifuge C-200,SN-OLD,SN-NEW,Rotor stops,"
        + "rita,approved,ok,2026-03-02T02:00:00Z,oscar,approved,\"Unit complete, original packaging\","
        + "2026-03-02T02:00:00Z,grace,approved,,2026-03-02T02:00:00Z,A-03-12,walt,2026-03-02T02:00:00Z,sally,"
        + "2026-03-02T02:00:00Z");
  }

  @Test
  void aReasonThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    String csv = LedgerCsv.write(List.of(entry("AS-2026-000001", LocalDate.of(2026, 3, 5), "=HYPERLINK(\"x\")")));
    assertThat(csv.split("\r\n")[1]).contains(",SN-NEW,\"'=HYPERLINK(\"\"x\"\")\",rita,");
  }
}
