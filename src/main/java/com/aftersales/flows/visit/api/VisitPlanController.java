package com.aftersales.flows.visit.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitPlan;
import com.aftersales.flows.visit.VisitPlanService;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visit plans for service managers: {@code POST /api/visit-plans}
 * {@code {"kind": "plan|festival|campaign", "title": "...", "customerId": 12, "project": "...",
 * "recurrence": "once|monthly|quarterly", "firstDate": "2026-12-20", "untilDate": "2027-12-31"}} (customerId or
 * project, or both) answers 201 with the plan; {@code GET /api/visit-plans[?customerId=]} lists them, newest first.
 * Bad input is 400 problem+json naming each field, and nothing is written.
 */
@RestController
@RequestMapping("/api/visit-plans")
public class VisitPlanController {

  static final Set<String> PLANNERS = Set.of(StaffGroups.SERVICE_MANAGERS);
  static final String WHAT = "Visit plans";
  static final int LIMIT = 500;
  private static final Set<String> FIELDS =
      Set.of("kind", "title", "customerId", "project", "recurrence", "firstDate", "untilDate");

  /** A plan as answered, with its customer's name in the archive and its next visit day (null: none left). */
  public record PlanView(
      long id, String kind, String title, Long customerId, String customerName, String project, String recurrence,
      LocalDate firstDate, LocalDate untilDate, LocalDate nextVisit, String createdBy) {}

  private final VisitPlanService plans;
  private final WorkingDayCalendar calendar;
  private final CustomerService customers;

  public VisitPlanController(VisitPlanService plans, WorkingDayCalendar calendar, CustomerService customers) {
    this.plans = plans;
    this.calendar = calendar;
    this.customers = customers;
  }

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PlanView> create(@RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(PLANNERS, WHAT);
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a JSON object")));
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(name, "is not a field of a visit plan"));
      }
    }
    VisitPlanService.NewPlan plan = new VisitPlanService.NewPlan(
        kind(body, errors), text(body, "title", errors), id(body, "customerId", errors), text(body, "project", errors),
        recurrence(body, errors), date(body, "firstDate", errors), date(body, "untilDate", errors));
    VisitPlan created = plans.create(plan, errors, user.id());
    return ResponseEntity.created(URI.create("/api/visit-plans")).body(view(created, new HashMap<>()));
  }

  /**
   * {@code POST /api/visit-plans/recently-installed[?months=3]} (000 第四篇 四(三)3): a follow-up call today for every
   * customer whose product was installed in the last {@code months} months (1 to 12, default 3); 201 with the plans
   * made now (none for a customer planned today already).
   */
  @PostMapping(path = "/recently-installed", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<PlanView>> recentlyInstalled(@RequestParam(required = false) String months) {
    StaffUser user = StaffAccess.require(PLANNERS, WHAT);
    int n = 3;
    if (months != null && !months.isBlank()) {
      try {
        n = Integer.parseInt(months.trim());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1 || n > 12) {
        throw new InvalidRequestException(List.of(new FieldError("months", "must be a whole number from 1 to 12")));
      }
    }
    Map<Long, String> names = new HashMap<>();
    List<PlanView> made = plans.planRecentlyInstalled(n, user.id()).stream().map(p -> view(p, names)).toList();
    return ResponseEntity.created(URI.create("/api/visit-plans")).body(made);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<PlanView>> list(@RequestParam(required = false) String customerId) {
    StaffAccess.require(PLANNERS, WHAT);
    Long customer = null;
    if (customerId != null && !customerId.isBlank()) {
      try {
        customer = Long.valueOf(customerId.trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException(List.of(new FieldError("customerId", "must be a customer's archive id")));
      }
    }
    Map<Long, String> names = new HashMap<>();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(plans.list(customer, LIMIT).stream().map(p -> view(p, names)).toList());
  }

  /** The plan as answered; {@code names} remembers the customers' names already read in this request. */
  private PlanView view(VisitPlan p, Map<Long, String> names) {
    LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
    String customerName = p.customerId() == null ? null : names.computeIfAbsent(p.customerId(), this::customerName);
    return new PlanView(p.id(), p.kind().name().toLowerCase(Locale.ROOT), p.title(), p.customerId(), customerName,
        p.project(), p.recurrence().name().toLowerCase(Locale.ROOT), p.firstDate(), p.untilDate(), p.nextOn(today),
        p.createdBy());
  }

  private String customerName(long id) {
    try {
      return customers.get(id).name();
    } catch (CustomerNotFoundException gone) {
      return null;
    }
  }

  private static Reason kind(JsonNode body, List<FieldError> errors) {
    String value = text(body, "kind", errors);
    if (value == null) {
      return null;
    }
    for (Reason reason : Reason.values()) {
      if (reason.planned() && reason.name().equalsIgnoreCase(value.trim())) {
        return reason;
      }
    }
    errors.add(new FieldError("kind", "must be one of plan, festival, campaign"));
    return null;
  }

  private static Recurrence recurrence(JsonNode body, List<FieldError> errors) {
    String value = text(body, "recurrence", errors);
    if (value == null) {
      return null;
    }
    for (Recurrence recurrence : Recurrence.values()) {
      if (recurrence.name().equalsIgnoreCase(value.trim())) {
        return recurrence;
      }
    }
    errors.add(new FieldError("recurrence", "must be one of once, monthly, quarterly"));
    return null;
  }

  private static String text(JsonNode body, String field, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError(field, "must be a string"));
      return null;
    }
    return node.asText();
  }

  private static Long id(JsonNode body, String field, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() <= 0) {
      errors.add(new FieldError(field, "must be a customer's archive id (a positive whole number)"));
      return null;
    }
    return node.asLong();
  }

  private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
    String value = text(body, field, errors);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date, yyyy-MM-dd"));
      return null;
    }
  }
}
