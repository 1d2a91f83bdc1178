package com.aftersales.flows.exchange.api;

import com.aftersales.reports.Csv;
import com.aftersales.flows.exchange.ExchangeRepository;
import com.aftersales.flows.exchange.LedgerCsv;
import com.aftersales.flows.exchange.LedgerEntry;

import com.aftersales.security.StaffAccess;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exchange-ledger?from=yyyy-MM-dd&to=yyyy-MM-dd}: the exchange ledger for the sales office
 * and management, as JSON or, with {@code Accept: text/csv}, as a CSV file. Both dates are optional and
 * inclusive.
 */
@RestController
public class ExchangeLedgerController {

  public static final Set<String> READER_GROUPS =
      Set.of("sales-office", "general-manager", "service-managers", "regional-managers", "camunda-admin");

  private final ExchangeRepository ledger;

  public ExchangeLedgerController(ExchangeRepository ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/api/exchange-ledger")
  public ResponseEntity<?> ledger(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    StaffAccess.require(READER_GROUPS, "The exchange ledger");

    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.add(Map.of("field", "to", "message", "must not be before from (" + fromDate + ")"));
    }
    if (!errors.isEmpty()) {
      String detail = "Invalid ledger query: " + String.join(", ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList());
      return problem(HttpStatus.BAD_REQUEST, detail, errors);
    }

    List<LedgerEntry> rows = ledger.between(fromDate, toDate);
    if (Csv.requested(accept)) {
      return ResponseEntity.ok()
          .contentType(Csv.MEDIA_TYPE)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exchange-ledger.csv\"")
          .body(LedgerCsv.write(rows));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
  }

  private static LocalDate date(String field, String value, List<Map<String, String>> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(Map.of("field", field, "message", "must be a date as yyyy-MM-dd, not '" + value + "'"));
      return null;
    }
  }

  /** Problems set their content type themselves: a CSV client still gets a readable problem+json. */
  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, List<Map<String, String>> errors) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setInstance(URI.create("/api/exchange-ledger"));
    if (!errors.isEmpty()) {
      body.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
