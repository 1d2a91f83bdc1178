package com.aftersales.stock.api;

import static com.aftersales.web.QueryParameters.blankToNull;
import static com.aftersales.web.QueryParameters.date;

import com.aftersales.reports.Csv;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.stock.Booking;
import com.aftersales.stock.InsufficientStockException;
import com.aftersales.stock.Movement;
import com.aftersales.stock.MovementFilter;
import com.aftersales.stock.MovementType;
import com.aftersales.stock.Part;
import com.aftersales.stock.PartsCharges;
import com.aftersales.stock.StockLevel;
import com.aftersales.stock.StockService;
import com.aftersales.stock.StockService.CasePart;
import com.aftersales.stock.Store;
import com.aftersales.stock.requisition.Requisitions;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spare-parts store for staff: {@code /api/stock/levels}, {@code /api/stock/movements} and
 * {@code /api/stock/cases/{caseNumber}} as JSON or, for {@code Accept: text/csv}, CSV; store keepers register parts
 * ({@code POST /api/stock/parts}) and book receipts, issues, returns, old parts and transfers
 * ({@code POST /api/stock/movements}); engineers ask for parts for a case ({@code POST /api/stock/requisitions}). Corrections come only from an approved stocktaking. Bad input is answered
 * 400 problem+json naming each field, too little stock 409 naming {@code quantity}; either way nothing is written.
 */
@RestController
@RequestMapping("/api/stock")
public class StockController {

  static final Set<String> READERS = Set.of(StaffGroups.STORE_KEEPERS, StaffGroups.ENGINEERS,
      StaffGroups.SERVICE_MANAGERS, StaffGroups.PLANNING, StaffGroups.FINANCE, StaffGroups.GENERAL_MANAGER,
      StaffGroups.CAMUNDA_ADMIN);
  /** Who watches the stock below its reorder level: the store keepers, planning who orders, and the managers. */
  static final Set<String> BELOW_REORDER_READERS = Set.of(StaffGroups.STORE_KEEPERS, StaffGroups.PLANNING,
      StaffGroups.SERVICE_MANAGERS, StaffGroups.GENERAL_MANAGER, StaffGroups.CAMUNDA_ADMIN);
  static final Set<String> KEEPERS = Set.of(StaffGroups.STORE_KEEPERS, StaffGroups.CAMUNDA_ADMIN);
  private static final Pattern CASE_NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");
  private static final Set<String> MOVEMENT_FIELDS =
      Set.of("type", "store", "toStore", "part", "quantity", "caseNumber", "reference", "reason");
  private static final Set<String> PART_FIELDS = Set.of("code", "name", "model", "specification", "unit",
      "shelfLifeMonths", "reorderLevel", "costPrice");
  private static final Set<String> LEVEL_FILTERS = Set.of("store", "part", "atOrBelowReorderLevel");
  private static final Set<String> MOVEMENT_FILTERS =
      Set.of("store", "part", "caseNumber", "requisitionNumber", "type", "from", "to");
  /** What a store keeper books here by hand; corrections need a manager's approval (stocktaking). */
  private static final List<MovementType> BOOKABLE = List.of(MovementType.RECEIPT, MovementType.ISSUE,
      MovementType.RETURN_UNUSED, MovementType.OLD_PART_RECOVERED, MovementType.OLD_PART_SCRAPPED);

  static final Set<String> REQUESTERS =
      Set.of(StaffGroups.ENGINEERS, StaffGroups.SERVICE_MANAGERS, StaffGroups.CAMUNDA_ADMIN);
  private static final Set<String> REQUISITION_FIELDS =
      Set.of("caseNumber", "lines", "part", "store", "quantity", "reason");

  private final StockService stock;
  private final Requisitions requisitions;
  private final PartsCharges charges;

  public StockController(StockService stock, Requisitions requisitions, PartsCharges charges) {
    this.stock = stock;
    this.requisitions = requisitions;
    this.charges = charges;
  }

  /**
   * An engineer asks for parts for a case (配件领用单): {@code lines} of {@code part} and {@code quantity} (up to
   * five), or one {@code part} and {@code quantity}; starts parts-requisition, answered 201 with its number.
   */
  @PostMapping(path = "/requisitions", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Requisitions.Started> requisition(@RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(REQUESTERS, "Asking for parts");
    JsonFields in = new JsonFields(body, REQUISITION_FIELDS);
    List<Requisitions.Item> lines = new ArrayList<>();
    JsonNode given = body == null ? null : body.get("lines");
    if (given != null && !given.isNull()) {
      if (in.text("part") != null || in.integer("quantity") != null) {
        in.errors.add(new FieldError("lines", "give either lines or one part and quantity, not both"));
      }
      if (!given.isArray()) {
        in.errors.add(new FieldError("lines", "must be a list of {part, quantity}"));
      } else {
        for (int i = 0; i < given.size(); i++) {
          JsonNode line = given.get(i);
          JsonNode part = line.get("part");
          JsonNode quantity = line.get("quantity");
          if (!line.isObject() || (part != null && !part.isTextual())) {
            in.errors.add(new FieldError("lines[" + i + "].part", "must be text"));
          }
          if (quantity != null && (!quantity.isIntegralNumber() || !quantity.canConvertToInt())) {
            in.errors.add(new FieldError("lines[" + i + "].quantity", "must be a whole number"));
          }
          lines.add(new Requisitions.Item(part == null || !part.isTextual() ? null : part.asText().trim(),
              quantity == null || !quantity.canConvertToInt() ? null : quantity.intValue()));
        }
      }
    } else {
      lines.add(new Requisitions.Item(in.text("part"), in.integer("quantity")));
    }
    Requisitions.Request request = new Requisitions.Request(in.text("caseNumber"), lines, in.text("store"),
        in.text("reason"));
    fail(in.errors);
    return ResponseEntity.status(HttpStatus.CREATED).body(requisitions.start(request, user.id()));
  }

  @GetMapping(path = "/parts", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Part> parts() {
    StaffAccess.require(READERS, "The parts list");
    return stock.parts();
  }

  @PostMapping(path = "/parts", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Part> createPart(@RequestBody(required = false) JsonNode body) {
    StaffAccess.require(KEEPERS, "Registering parts");
    JsonFields in = new JsonFields(body, PART_FIELDS);
    Integer reorder = in.integer("reorderLevel");
    Part part = new Part(in.text("code"), in.text("name"), in.text("model"), in.text("specification"),
        in.text("unit"), in.integer("shelfLifeMonths"), reorder == null ? -1 : reorder, in.decimal("costPrice"));
    if (reorder == null && in.errors.stream().noneMatch(e -> e.field().equals("reorderLevel"))) {
      in.errors.add(new FieldError("reorderLevel", "is required"));
    }
    fail(in.errors);
    return ResponseEntity.status(HttpStatus.CREATED).body(stock.createPart(part));
  }

  @GetMapping(path = "/levels", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<StockLevel> levels(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(READERS, "Stock levels");
    return findLevels(parameters);
  }

  @GetMapping(path = "/levels", produces = "text/csv")
  public ResponseEntity<String> levelsCsv(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(READERS, "Stock levels");
    return csv("stock-levels.csv", StockCsv.levels(findLevels(parameters)));
  }

  /**
   * The stock at or under its reorder level (store keepers and managers), the largest shortfall first, with the
   * purchase request each has opened; {@code ?store=} narrows it to one store.
   */
  @GetMapping(path = "/below-reorder", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<StockService.BelowReorder> belowReorder(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(BELOW_REORDER_READERS, "Stock below its reorder level");
    return findBelowReorder(parameters);
  }

  @GetMapping(path = "/below-reorder", produces = "text/csv")
  public ResponseEntity<String> belowReorderCsv(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(BELOW_REORDER_READERS, "Stock below its reorder level");
    return csv("stock-below-reorder.csv", StockCsv.belowReorder(findBelowReorder(parameters)));
  }

  private List<StockService.BelowReorder> findBelowReorder(Map<String, String> p) {
    List<FieldError> errors = new ArrayList<>();
    unknown(p, Set.of("store"), errors);
    String store = store(p.get("store"), errors);
    fail(errors);
    return stock.belowReorder(store);
  }

  /**
   * The stock past its shelf life (store keepers and managers, as the below-reorder list): received batches still
   * on hand, first in first out, whose part's shelf life has run out, the earliest expiry first.
   */
  @GetMapping(path = "/past-shelf-life", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<StockService.PastShelfLife> pastShelfLife() {
    StaffAccess.require(BELOW_REORDER_READERS, "Stock past its shelf life");
    return stock.pastShelfLife();
  }

  @GetMapping(path = "/movements", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Movement> movements(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(READERS, "The stock ledger");
    return stock.movements(movementFilter(parameters));
  }

  @GetMapping(path = "/movements", produces = "text/csv")
  public ResponseEntity<String> movementsCsv(@RequestParam Map<String, String> parameters) {
    StaffAccess.require(READERS, "The stock ledger");
    return csv("stock-movements.csv", StockCsv.movements(stock.movements(movementFilter(parameters))));
  }

  /** The ledger lines of one case, what it used net of returns, and its parts charge (cost plus handling fee). */
  public record CaseStock(String caseNumber, List<Movement> movements, List<CasePart> used,
      PartsCharges.Charge charge) {}

  @GetMapping(path = "/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  public CaseStock byCase(@PathVariable String caseNumber) {
    StaffAccess.require(READERS, "The stock ledger");
    caseNumber(caseNumber);
    return new CaseStock(caseNumber, stock.movements(MovementFilter.ofCase(caseNumber)),
        stock.usedByCase(caseNumber), charges.of(caseNumber));
  }

  @GetMapping(path = "/cases/{caseNumber}", produces = "text/csv")
  public ResponseEntity<String> byCaseCsv(@PathVariable String caseNumber) {
    StaffAccess.require(READERS, "The stock ledger");
    caseNumber(caseNumber);
    return csv("stock-" + caseNumber + ".csv", StockCsv.movements(stock.movements(MovementFilter.ofCase(caseNumber))));
  }

  @PostMapping(path = "/movements", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<Movement>> book(@RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(KEEPERS, "Booking stock movements");
    JsonFields in = new JsonFields(body, MOVEMENT_FIELDS);
    String typeName = in.text("type");
    String store = in.text("store");
    String toStore = in.text("toStore");
    String part = in.text("part");
    Integer quantity = in.integer("quantity");
    String caseNumber = in.text("caseNumber");
    String reference = in.text("reference");
    String reason = in.text("reason");
    boolean transfer = "TRANSFER".equals(typeName);
    MovementType type = MovementType.of(typeName).filter(BOOKABLE::contains).orElse(null);
    if (type == null && !transfer) {
      in.errors.add(new FieldError("type", "must be one of " + BOOKABLE + " or TRANSFER"
          + ("CORRECTION".equals(typeName) ? "; corrections come from an approved stocktaking" : "")));
    }
    if (quantity == null && in.errors.stream().noneMatch(e -> e.field().equals("quantity"))) {
      in.errors.add(new FieldError("quantity", "is required"));
    }
    if (!transfer && toStore != null) {
      in.errors.add(new FieldError("toStore", "only a TRANSFER names a second store"));
    }
    fail(in.errors);
    List<Movement> lines = transfer
        ? stock.transfer(store, toStore, part, quantity, user.id(), reason, null)
        : List.of(stock.book(new Booking(type, store, part, quantity, 0, caseNumber, null, reference, user.id(),
            reason, null)));
    return ResponseEntity.status(HttpStatus.CREATED).body(lines);
  }

  private List<StockLevel> findLevels(Map<String, String> p) {
    List<FieldError> errors = new ArrayList<>();
    unknown(p, LEVEL_FILTERS, errors);
    String store = store(p.get("store"), errors);
    String below = blankToNull(p.get("atOrBelowReorderLevel"));
    if (below != null && !below.equals("true") && !below.equals("false")) {
      errors.add(new FieldError("atOrBelowReorderLevel", "must be true or false"));
    }
    fail(errors);
    return stock.levels(store, blankToNull(p.get("part")), "true".equals(below));
  }

  private MovementFilter movementFilter(Map<String, String> p) {
    List<FieldError> errors = new ArrayList<>();
    unknown(p, MOVEMENT_FILTERS, errors);
    String store = store(p.get("store"), errors);
    String caseNumber = blankToNull(p.get("caseNumber"));
    if (caseNumber != null && !CASE_NUMBER.matcher(caseNumber).matches()) {
      errors.add(new FieldError("caseNumber", "must be a case number such as AS-2026-000001"));
    }
    String typeName = blankToNull(p.get("type"));
    MovementType type = typeName == null ? null : MovementType.of(typeName).orElse(null);
    if (typeName != null && type == null) {
      errors.add(new FieldError("type", "must be one of " + MovementType.names()));
    }
    LocalDate from = date(p.get("from"), "from", errors);
    LocalDate to = date(p.get("to"), "to", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    fail(errors);
    return new MovementFilter(store, blankToNull(p.get("part")), caseNumber, blankToNull(p.get("requisitionNumber")),
        type, from, to);
  }

  private static void caseNumber(String caseNumber) {
    if (!CASE_NUMBER.matcher(caseNumber).matches()) {
      fail(List.of(new FieldError("caseNumber", "must be a case number such as AS-2026-000001")));
    }
  }

  private static String store(String value, List<FieldError> errors) {
    String store = blankToNull(value);
    if (store != null && Store.of(store).isEmpty()) {
      errors.add(new FieldError("store", "must be one of " + Store.codes()));
    }
    return store;
  }

  private static void unknown(Map<String, String> p, Set<String> known, List<FieldError> errors) {
    p.keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k -> errors.add(
        new FieldError(k, "is not a filter; use " + String.join(", ", known.stream().sorted().toList()))));
  }



  private static void fail(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid stock request", errors);
    }
  }

  private static ResponseEntity<String> csv(String fileName, String body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .contentType(Csv.MEDIA_TYPE)
        .body(body);
  }

  // ---- problems set their content type themselves: a CSV client still gets readable problem+json ----

  @ExceptionHandler(InsufficientStockException.class)
  ResponseEntity<ProblemDetail> insufficient(InsufficientStockException e) {
    return problem(HttpStatus.CONFLICT, "Not enough in stock", List.of(new FieldError("quantity",
        "only " + e.available() + " of " + e.part() + " in store " + e.store() + ", " + e.requested() + " asked")));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setDetail(String.join("; ", errors.stream()
        .map(f -> (f.field().isEmpty() ? "" : f.field() + " ") + f.message()).toList()));
    problem.setProperty("errors", errors);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
