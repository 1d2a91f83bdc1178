package com.aftersales.flows.exchange.api;

import com.aftersales.reports.Csv;
import com.aftersales.flows.exchange.ExchangeRepository;
import com.aftersales.flows.exchange.LedgerCsv;
import com.aftersales.flows.exchange.LedgerEntry;

import com.aftersales.security.StaffAccess;
import com.aftersales.web.FieldError;
import com.aftersales.web.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

  @GetMapping(path = "/api/exchange-ledger", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<LedgerEntry> ledger(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    return rows(from, to);
  }

  @GetMapping(path = "/api/exchange-ledger", produces = "text/csv")
  public ResponseEntity<String> ledgerCsv(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    return ResponseEntity.ok()
        .contentType(Csv.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exchange-ledger.csv\"")
        .body(LedgerCsv.write(rows(from, to)));
  }

  private List<LedgerEntry> rows(String from, String to) {
    StaffAccess.require(READER_GROUPS, "The exchange ledger");
    List<FieldError> errors = new ArrayList<>();
    LocalDate fromDate = QueryParameters.date(from, "from", errors);
    LocalDate toDate = QueryParameters.date(to, "to", errors);
    QueryParameters.endNotBeforeStart(fromDate, toDate, errors);
    QueryParameters.requireValid("Invalid ledger query", errors);
    return ledger.between(fromDate, toDate);
  }
}
