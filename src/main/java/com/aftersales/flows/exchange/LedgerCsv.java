package com.aftersales.flows.exchange;

import com.aftersales.reports.Csv;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The ledger as CSV, written by the shared {@link Csv} (RFC 4180, formula cells neutralised). */
public final class LedgerCsv {

  static final List<String> HEADER = List.of(
      "exchange_date", "case_number", "customer_name", "product_model", "old_serial_number", "new_serial_number",
      "reason", "regional_manager", "regional_manager_decision", "regional_manager_comment", "regional_manager_at",
      "sales_office", "sales_office_decision", "sales_office_comment", "sales_office_at",
      "general_manager", "general_manager_decision", "general_manager_comment", "general_manager_at",
      "storage_location", "warehouse_received_by", "warehouse_received_at", "handler", "recorded_at");

  private LedgerCsv() {}

  public static String write(List<LedgerEntry> entries) {
    Csv out = Csv.withHeader(HEADER.toArray(String[]::new));
    for (LedgerEntry e : entries) {
      List<String> fields = new ArrayList<>();
      fields.add(String.valueOf(e.exchangeDate()));
      fields.add(e.caseNumber());
      fields.add(e.customerName());
      fields.add(e.productModel());
      fields.add(e.oldSerialNumber());
      fields.add(e.newSerialNumber());
      fields.add(e.reason());
      approval(fields, e.regionalManager());
      approval(fields, e.salesOffice());
      approval(fields, e.generalManager());
      fields.add(e.storageLocation());
      fields.add(e.warehouseReceivedBy());
      fields.add(time(e.warehouseReceivedAt()));
      fields.add(e.handler());
      fields.add(time(e.recordedAt()));
      out.row(fields);
    }
    return out.toString();
  }

  private static void approval(List<String> fields, LedgerEntry.Approval a) {
    fields.add(a == null ? null : a.by());
    fields.add(a == null ? null : a.decision());
    fields.add(a == null ? null : a.comment());
    fields.add(a == null ? null : time(a.at()));
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }

}
