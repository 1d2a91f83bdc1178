package com.aftersales.flows.parts.api;

import static com.aftersales.web.QueryParameters.blankToNull;
import static com.aftersales.web.QueryParameters.date;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.flows.parts.DailySummaries;
import com.aftersales.flows.parts.PartLine;
import com.aftersales.flows.parts.PartsProcess;
import com.aftersales.flows.parts.PartsRequest;
import com.aftersales.flows.parts.PartsRequestFilter;
import com.aftersales.flows.parts.PartsService;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parts records for staff: {@code GET /api/parts-requests} (JSON, or CSV with one row per line for
 * {@code Accept: text/csv}) with filters {@code status}, {@code caseNumber}, {@code from}, {@code to} (days of
 * the request, inclusive), and {@code GET /api/parts-requests/daily-summaries} (the warehouse's 08:00 summaries).
 * Bad filters are answered 400 problem+json naming each field; staff outside the groups that work parts get 403.
 */
@RestController
@RequestMapping("/api/parts-requests")
public class PartsRequestController {

  static final Set<String> ALLOWED = Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.PLANNING, StaffGroups.PRODUCTION,
      StaffGroups.WAREHOUSE, StaffGroups.SALES, StaffGroups.FINANCE, StaffGroups.MARKETING_MANAGERS,
      StaffGroups.SERVICE_MANAGERS, StaffGroups.CAMUNDA_ADMIN);
  private static final Pattern CASE_NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");
  private static final Set<String> PARAMETERS = Set.of("status", "caseNumber", "from", "to");

  private final PartsService requests;
  private final DailySummaries summaries;

  public PartsRequestController(PartsService requests, DailySummaries summaries) {
    this.requests = requests;
    this.summaries = summaries;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<PartsRequest> list(@RequestParam Map<String, String> parameters) {
    allowed();
    return requests.search(filter(parameters));
  }

  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> csv(@RequestParam Map<String, String> parameters) {
    allowed();
    List<PartsRequest> found = requests.search(filter(parameters));
    Csv csv = Csv.withHeaderLine("requestNumber,caseNumber,status,requestedAt,customerName,coveredByWarranty,"
        + "totalAmount,paidAt,deliveryNote,lineNo,partName,part,partCategory,size,colour,quantity,batchNumber,"
        + "inspectionNumber,reason,orderNo,unit,unitPrice,priceSource,amount");
    for (PartsRequest r : found) {
      for (PartLine l : r.lines()) {
        csv.row(r.requestNumber(), r.caseNumber(), r.status(), r.requestedAt(), r.customerName(),
            r.coveredByWarranty(), r.totalAmount(), r.paidAt(), r.deliveryNote(), l.lineNo(), l.partName(), l.part(),
            l.partCategory(), l.size(), l.colour(), l.quantity(), l.batchNumber(), l.inspectionNumber(), l.reason(),
            l.orderNo(), l.unit(), l.unitPrice(), l.priceSource(), l.amount());
      }
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"parts-requests.csv\"")
        .contentType(Csv.MEDIA_TYPE)
        .body(csv.toString());
  }

  @GetMapping(path = "/daily-summaries", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<DailySummaries.Summary> summaries(@RequestParam Map<String, String> parameters) {
    allowed();
    List<FieldError> errors = new ArrayList<>();
    LocalDate from = date(parameters.get("from"), "from", errors);
    LocalDate to = date(parameters.get("to"), "to", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    unknown(parameters, Set.of("from", "to"), errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid filter", errors);
    }
    return summaries.list(from, to);
  }

  private PartsRequestFilter filter(Map<String, String> p) {
    List<FieldError> errors = new ArrayList<>();
    String status = blankToNull(p.get("status"));
    if (status != null && !PartsProcess.Status.ALL.contains(status)) {
      errors.add(new FieldError("status", "must be one of " + String.join(", ", PartsProcess.Status.ALL)));
    }
    String caseNumber = blankToNull(p.get("caseNumber"));
    if (caseNumber != null && !CASE_NUMBER.matcher(caseNumber).matches()) {
      errors.add(new FieldError("caseNumber", "must be a case number such as AS-2026-000001"));
    }
    LocalDate from = date(p.get("from"), "from", errors);
    LocalDate to = date(p.get("to"), "to", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    unknown(p, PARAMETERS, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid filter", errors);
    }
    return new PartsRequestFilter(status, caseNumber, from, to, null);
  }

  private static void unknown(Map<String, String> p, Set<String> known, List<FieldError> errors) {
    p.keySet().stream().filter(k -> !known.contains(k)).sorted()
        .forEach(k -> errors.add(new FieldError(k, "is not a filter; use " + String.join(", ", known.stream().sorted().toList()))));
  }



  private static StaffUser allowed() {
    return StaffAccess.require(ALLOWED, "Parts records");
  }
}
