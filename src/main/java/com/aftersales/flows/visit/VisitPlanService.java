package com.aftersales.flows.visit;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Recurrence;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit plans (002 二(五)2 定期和不定期回访, 3.2 特色回访): service managers plan regular (monthly, quarterly) and
 * irregular (once) visits of a customer or a project, and festival or campaign visits; {@link VisitPlanScan}
 * starts each occurrence's return visit on its day, at most one per occurrence.
 */
@Service
@Transactional
public class VisitPlanService {

  static final int TITLE_MAX = 200;
  static final int PROJECT_MAX = 200;

  private final VisitPlanRepository plans;
  private final VisitService visits;
  private final CustomerService customers;
  private final WorkingDayCalendar calendar;

  public VisitPlanService(
      VisitPlanRepository plans, VisitService visits, CustomerService customers, WorkingDayCalendar calendar) {
    this.plans = plans;
    this.visits = visits;
    this.customers = customers;
    this.calendar = calendar;
  }

  /** A plan as asked for; the controller has parsed the JSON types. */
  public record NewPlan(
      Reason kind, String title, Long customerId, String project, Recurrence recurrence, LocalDate firstDate,
      LocalDate untilDate) {}

  /**
   * Checks and saves a plan: a title, a customer of the archive or a project, a first date not before today
   * (company calendar) and an end not before it.
   *
   * @throws InvalidRequestException naming each bad field; nothing is written then
   */
  public VisitPlan create(NewPlan plan, List<FieldError> parseErrors, String createdBy) {
    List<FieldError> errors = new ArrayList<>(parseErrors);
    if (plan.kind() != null && !plan.kind().planned()) {
      errors.add(new FieldError("kind", "must be one of plan, festival, campaign"));
    }
    if (plan.title() == null || plan.title().isBlank()) {
      add(errors, "title", "is required");
    } else if (plan.title().trim().length() > TITLE_MAX) {
      add(errors, "title", "must be at most " + TITLE_MAX + " characters");
    }
    if (plan.project() != null && plan.project().trim().length() > PROJECT_MAX) {
      add(errors, "project", "must be at most " + PROJECT_MAX + " characters");
    }
    if (plan.customerId() == null && (plan.project() == null || plan.project().isBlank())) {
      add(errors, "customerId", "a customer (customerId) or a project is required");
    }
    if (plan.customerId() != null && !known(plan.customerId())) {
      add(errors, "customerId", "no customer " + plan.customerId() + " in the archive");
    }
    if (plan.kind() == null) {
      add(errors, "kind", "is required: plan, festival or campaign");
    }
    if (plan.recurrence() == null) {
      add(errors, "recurrence", "is required: once, monthly or quarterly");
    }
    LocalDate today = today();
    if (plan.firstDate() == null) {
      add(errors, "firstDate", "is required (yyyy-MM-dd)");
    } else if (plan.firstDate().isBefore(today)) {
      add(errors, "firstDate", "must not be before today, " + today);
    }
    if (plan.untilDate() != null && plan.firstDate() != null && plan.untilDate().isBefore(plan.firstDate())) {
      add(errors, "untilDate", "must not be before firstDate");
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String project = plan.project() == null || plan.project().isBlank() ? null : plan.project().trim();
    long id = plans.insert(plan.kind(), plan.title().trim(), plan.customerId(), project, plan.recurrence(),
        plan.firstDate(), plan.untilDate(), createdBy, calendar.now().toInstant());
    return plans.find(id).orElseThrow();
  }

  /** Title of the follow-up plans of recent installations. */
  public static final String RECENTLY_INSTALLED = "近期安装客户跟进回访";

  /**
   * 000 第四篇 四(三)3: customers whose product was installed in the last {@code months} months (company calendar,
   * today included) get a follow-up call: a campaign visit plan for today per customer, whose visit the plan scan
   * starts (the rulebook's SMS is out of scope: the follow-up is a call of customer service). Run again on the
   * same day it plans nobody twice.
   *
   * @return the plans made now
   */
  public List<VisitPlan> planRecentlyInstalled(int months, String createdBy) {
    LocalDate today = today();
    List<VisitPlan> made = new ArrayList<>();
    for (long customerId : plans.customersInstalledBetween(today.minusMonths(months), today)) {
      if (!plans.exists(customerId, RECENTLY_INSTALLED, today)) {
        long id = plans.insert(Reason.CAMPAIGN, RECENTLY_INSTALLED, customerId, null, Recurrence.ONCE, today, today,
            createdBy, calendar.now().toInstant());
        made.add(plans.find(id).orElseThrow());
      }
    }
    return made;
  }

  /** An error per field: the first one found (a parse error) wins. */
  private static void add(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }

  @Transactional(readOnly = true)
  public List<VisitPlan> list(Long customerId, int limit) {
    return plans.list(customerId, limit);
  }

  /** A plan's occurrence that is due and not started yet. */
  public record Occurrence(long planId, LocalDate day) {}

  /** The occurrences due by today (company calendar) whose visit has not been started. */
  @Transactional(readOnly = true)
  public List<Occurrence> due() {
    LocalDate today = today();
    List<Occurrence> due = new ArrayList<>();
    for (VisitPlan plan : plans.begunBy(today)) {
      List<LocalDate> started = plans.startedOccurrences(plan.id());
      for (LocalDate day : plan.occurrencesThrough(today)) {
        if (!started.contains(day)) {
          due.add(new Occurrence(plan.id(), day));
        }
      }
    }
    return due;
  }

  /**
   * Starts the visit of one occurrence, in a transaction of its own: the occurrence's row and the visit commit
   * together. A second call for the same occurrence (another node, the next scan) starts nothing.
   *
   * @return whether a visit was started
   */
  public boolean start(Occurrence occurrence) {
    VisitPlan plan = plans.find(occurrence.planId()).orElseThrow();
    String visitNumber = VisitPlan.visitNumber(plan.id(), occurrence.day());
    if (!plans.claimOccurrence(plan.id(), occurrence.day(), visitNumber, calendar.now().toInstant())) {
      return false;
    }
    String name = plan.project();
    if (plan.customerId() != null) {
      Customer customer = customers.get(plan.customerId());
      name = customer.name() + (plan.project() == null ? "" : "(" + plan.project() + ")");
    }
    return visits.startPlanned(new VisitService.PlannedVisit(
        visitNumber, plan.kind(), plan.id(), plan.title(), plan.customerId(), name, plan.project()));
  }

  private boolean known(long customerId) {
    try {
      customers.get(customerId);
      return true;
    } catch (CustomerNotFoundException unknown) {
      return false;
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
  }
}
