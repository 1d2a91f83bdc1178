package com.aftersales.customers.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.AccessLogEntry;
import com.aftersales.customers.CustomerCard;
import com.aftersales.customers.CustomerCards;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerAccess;
import com.aftersales.customers.CustomerImport;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.CustomerSummary;
import com.aftersales.customers.CustomerValidator;
import com.aftersales.customers.CustomerView;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.QueryParameters;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The customer archive over HTTP.
 *
 * <ul>
 *   <li>{@code GET /api/customers?phone=&name=&serialNumber=&caseNumber=}: find customers (at least one criterion);
 *   <li>{@code POST /api/customers}: open an archive;
 *   <li>{@code GET /api/customers/{id}?reason=...}: the whole archive (products, cases, complaints, credit history),
 *       managers only, narrowed by the secrecy level, written to the access log;
 *   <li>{@code GET /api/customers/access-log?customerId=}: the 借阅卡, newest first;
 *   <li>{@code POST /api/customers/{id}/merge} with {@code {"duplicateId": n}}: merge a duplicate into this one;
 *   <li>{@code POST /api/customers/import?dryRun=true} with a {@code text/csv} body: take in a customer list;
 *   <li>{@code GET /api/customers/{id}/card?task=}: the customer card a task's form links to, with what the
 *       viewer's task needs ({@link CustomerCards}); HTML for a browser, JSON otherwise.
 * </ul>
 *
 * Who may call what: {@link CustomerAccess}. Bad input is answered 400 naming the field.
 */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  static final int LOG_LIMIT_MAX = 1000;

  private final CustomerService customers;
  private final CustomerValidator validator;
  private final CustomerImport importer;
  private final WorkingDayCalendar calendar;
  private final CustomerCards cards;

  public CustomerController(
      CustomerService customers, CustomerValidator validator, CustomerImport importer, WorkingDayCalendar calendar,
      CustomerCards cards) {
    this.customers = customers;
    this.validator = validator;
    this.importer = importer;
    this.calendar = calendar;
    this.cards = cards;
  }

  @GetMapping("/{id}/card")
  public ResponseEntity<?> card(
      @PathVariable String id,
      @RequestParam(required = false) String task,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    StaffUser staff = StaffUser.current().orElseThrow(com.aftersales.security.StaffUserRequiredException::new);
    String taskId = criterion("task", task, 64, new ArrayList<>());
    CustomerCard card = cards.card(id(id, "id"), taskId, staff);
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(CardPage.html(card));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(card);
  }

  @GetMapping
  public List<CustomerSummary> search(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String serialNumber,
      @RequestParam(required = false) String caseNumber) {
    StaffAccess.require(CustomerAccess.SEARCHERS, "Finding customers");
    List<FieldError> errors = new ArrayList<>();
    String p = criterion("phone", phone, 30, errors);
    String n = criterion("name", name, 200, errors);
    String s = criterion("serialNumber", serialNumber, 64, errors);
    String c = criterion("caseNumber", caseNumber, 20, errors);
    if (p != null && !com.aftersales.customers.ContactFormats.validPhone(p)) {
      errors.add(new FieldError("phone", "must be a phone number of 6 to 15 digits"));
    }
    if (n != null && n.length() < 2) {
      errors.add(new FieldError("name", "must be at least 2 characters"));
    }
    if (errors.isEmpty() && p == null && n == null && s == null && c == null) {
      errors.add(new FieldError("phone", "give phone, name, serialNumber or caseNumber (at least one)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return customers.search(p, n, s, c);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Customer> create(@RequestBody JsonNode body) {
    StaffUser staff = StaffAccess.require(CustomerAccess.KEEPERS, "Keeping the customer archive");
    CustomerValidator.Result result = validator.validate(body, today());
    if (!result.valid()) {
      throw new InvalidRequestException(result.errors());
    }
    Customer created = customers.create(result.customer(), staff.id(), "archive opened by " + staff.id());
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/customers/{id}").buildAndExpand(created.id()).toUri();
    return ResponseEntity.created(location).body(created);
  }

  @GetMapping("/{id}")
  public CustomerView open(@PathVariable String id, @RequestParam(required = false) String reason) {
    StaffUser staff = StaffUser.current().orElseThrow(com.aftersales.security.StaffUserRequiredException::new);
    return customers.open(id(id, "id"), reason, staff);
  }

  @GetMapping("/access-log")
  public List<AccessLogEntry> accessLog(
      @RequestParam(required = false) String customerId, @RequestParam(required = false) String limit) {
    StaffAccess.require(CustomerAccess.LOG_READERS, "The archive access log");
    Long customer = customerId == null || customerId.isBlank() ? null : id(customerId, "customerId");
    int max = 200;
    if (limit != null && !limit.isBlank()) {
      long value = id(limit, "limit");
      if (value > LOG_LIMIT_MAX) {
        throw new InvalidRequestException(List.of(new FieldError("limit", "must be at most " + LOG_LIMIT_MAX)));
      }
      max = (int) value;
    }
    return customers.accessLog(customer, max);
  }

  @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Customer merge(@PathVariable String id, @RequestBody JsonNode body) {
    StaffAccess.require(CustomerAccess.KEEPERS, "Merging customers");
    long survivor = id(id, "id");
    JsonNode duplicate = body == null ? null : body.get("duplicateId");
    if (duplicate == null || !duplicate.canConvertToLong() || !duplicate.isIntegralNumber() || duplicate.asLong() < 1) {
      throw new InvalidRequestException(
          List.of(new FieldError("duplicateId", "is required: the id of the customer to merge into this one")));
    }
    return customers.merge(survivor, duplicate.asLong());
  }

  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public CustomerImport.Report importList(
      @RequestBody(required = false) String csv, @RequestParam(required = false) String dryRun) {
    StaffUser staff = StaffAccess.require(CustomerAccess.IMPORTERS, "Importing a customer list");
    boolean dry;
    if (dryRun == null || dryRun.isBlank() || dryRun.equals("false")) {
      dry = false;
    } else if (dryRun.equals("true")) {
      dry = true;
    } else {
      throw new InvalidRequestException(List.of(new FieldError("dryRun", "must be true or false")));
    }
    if (csv == null || csv.isBlank()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a CSV list with a"
          + " header row")));
    }
    return importer.run(csv, dry, staff.id(), today());
  }

  private static String criterion(String field, String value, int max, List<FieldError> errors) {
    String text = QueryParameters.blankToNull(value);
    return text == null ? null : QueryParameters.singleLine(text, field, max, errors);
  }

  /** A positive whole number, else 400 naming the field (a path segment too). */
  static long id(String text, String field) {
    try {
      long value = Long.parseLong(text.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new InvalidRequestException(List.of(new FieldError(field, "must be a positive whole number")));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
  }
}
