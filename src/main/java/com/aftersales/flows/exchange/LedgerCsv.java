package com.aftersales.flows.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The ledger as CSV (RFC 4180: comma separated, CRLF, fields with comma, quote or line break quoted). */
public final class LedgerCsv {

  static final List<String> HEADER = List.of(
      "exchange_date", "case_number", "customer_name", "product_model", "old_serial_number", "new_serial_number",
      "reason", "regional_manager", "regional_manager_decision", "regional_manager_comment", "regional_manager_at",
      "sales_office", "sales_office_decision", "sales_office_comment", "sales_office_at",
      "general_manager", "general_manager_decision", "general_manager_comment", "general_manager_at",
      "storage_location", "warehouse_received_by", "warehouse_received_at", "handler", "recorded_at");

  private LedgerCsv() {}

  public static String write(List<LedgerEntry> entries) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
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
      line(out, fields);
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

  private static void line(StringBuilder out, List<String> fields) {
    out.append(fields.stream().map(LedgerCsv::field).collect(Collectors.joining(","))).append("\r\n");
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    // A leading =, +, - or @ would be run as a formula by spreadsheet programs; a quote-prefix defuses it.
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
