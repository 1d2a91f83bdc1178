package com.aftersales.flows.visit;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.NewCase;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.visit.VisitProcess.Outcomes;
import com.aftersales.flows.visit.VisitProcess.Reason;
import com.aftersales.flows.visit.VisitProcess.Status;
import com.aftersales.flows.visit.VisitProcess.Vars;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return-visit programme: which closed case is visited and when (a key customer's always, the others by the
 * twice-weekly sample), the contact window of each attempt, and what the visit found. Runs in the caller's
 * transaction: the case's closing, the draw, the visit's steps.
 */
@Service
@Transactional
public class VisitService {

  /** Relation and type of the complaint a visit opens, linked to the visited case (complaint-of). */
  static final String COMPLAINT = "complaint";

  private final VisitRepository visits;
  private final VisitProperties properties;
  private final ContactWindows windows;
  private final WorkingDayCalendar calendar;
  private final StaffTimes times;
  private final CustomerClassification classification;
  private final RuntimeService runtimeService;
  private final CaseService cases;
  private final LinkedCaseStarter linkedCases;
  private final Random random = new SecureRandom();

  public VisitService(
      VisitRepository visits,
      VisitProperties properties,
      ContactWindows windows,
      WorkingDayCalendar calendar,
      StaffTimes times,
      CustomerClassification classification,
      RuntimeService runtimeService,
      CaseService cases,
      LinkedCaseStarter linkedCases) {
    this.visits = visits;
    this.properties = properties;
    this.windows = windows;
    this.calendar = calendar;
    this.times = times;
    this.classification = classification;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.linkedCases = linkedCases;
  }

  /** The visit number of a closed case's visit: one per case. */
  public static String visitNumberOf(String caseNumber) {
    return "RV-" + caseNumber;
  }

  /**
   * A case closed: a key customer's case gets its visit started, any other becomes a candidate for the next
   * sample. Cases that continue as another case (e.g. a repair handed over to exchange) get none. Idempotent.
   */
  public void caseClosed(ServiceCase closed) {
    if (properties.getSkipStatuses().contains(closed.status())) {
      return;
    }
    String visitNumber = visitNumberOf(closed.caseNumber());
    boolean key = isKeyCustomer(closed);
    boolean added =
        visits.addForCase(
            visitNumber,
            closed.caseNumber(),
            key ? Reason.KEY_CUSTOMER : Reason.SAMPLED,
            key ? Status.DUE : Status.CANDIDATE,
            closed.closedAt(),
            closed.status());
    if (added && key) {
      start(visitNumber, closed, Reason.KEY_CUSTOMER);
    }
  }

  /**
   * Whether every case of the customer is visited: the archive classifies the case's customer (by its customerId,
   * at closing time) as one of {@code always-visited} (key customers 重点 and, the project's choice, VIP).
   */
  boolean isKeyCustomer(ServiceCase serviceCase) {
    return properties.getAlwaysVisited().contains(classification.classify(serviceCase));
  }

  /** What a draw did: how many candidates were waiting and how many of them are visited. */
  public record Draw(String drawId, int candidates, int sampled) {}

  /**
   * Draws the sample among the cases closed before now that wait for one: {@code sample-share} of them, at least
   * one when any waits, chosen at random; the rest are recorded as not sampled. One draw per day: a second run on
   * the same day (another node, a repeated job) draws nothing and answers with zero candidates.
   */
  public Draw drawSample() {
    Instant now = calendar.now().toInstant();
    String drawId = LocalDate.ofInstant(now, calendar.zone()).toString();
    if (!visits.claimDraw(drawId)) {
      return new Draw(drawId, 0, 0);
    }
    List<String> candidates = new ArrayList<>(visits.candidates(now));
    int size = sampleSize(candidates.size(), properties.getSampleShare());
    Collections.shuffle(candidates, random);
    for (int i = 0; i < candidates.size(); i++) {
      String visitNumber = candidates.get(i);
      if (i < size) {
        visits.drawn(visitNumber, drawId, Status.DUE);
        ReturnVisit visit = visits.find(visitNumber).orElseThrow();
        start(visitNumber, cases.find(visit.caseNumber()).orElseThrow(), Reason.SAMPLED);
      } else {
        visits.drawn(visitNumber, drawId, Status.NOT_SAMPLED);
      }
    }
    visits.recordDraw(drawId, candidates.size(), size);
    return new Draw(drawId, candidates.size(), size);
  }

  static int sampleSize(int candidates, double share) {
    if (candidates == 0 || share <= 0) {
      return 0;
    }
    return Math.min(candidates, Math.max(1, (int) Math.ceil(candidates * share)));
  }

  private void start(String visitNumber, ServiceCase visited, Reason reason) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_NUMBER, visitNumber);
    v.put(Vars.VISIT_REASON, reason.name());
    v.put(Vars.VISIT_REASON_TEXT, reason.text());
    v.put(CaseVariables.CASE_NUMBER, visited.caseNumber());
    v.put(CaseVariables.CASE_TYPE, visited.type());
    v.put(CaseVariables.CUSTOMER_NAME, visited.customerName());
    v.put(CaseVariables.CUSTOMER_ID, visited.customerId());
    v.put(CaseVariables.PRODUCT_MODEL, visited.productModel());
    v.put(CaseVariables.SERIAL_NUMBER, visited.serialNumber());
    v.put(Vars.VISIT_ATTEMPT, 0);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(VisitProcess.PROCESS_KEY, visitNumber, v);
    visits.started(visitNumber, instance.getId());
  }

  /** Who a planned visit calls: an archived customer, a project, or a project's customer. */
  public record PlannedVisit(
      String visitNumber, Reason reason, long planId, String title, Long customerId, String customerName,
      String project) {}

  /**
   * Starts the visit of a visit plan's occurrence, due in the next contact window; no case, no sample. Idempotent:
   * a visit number that exists already starts nothing.
   *
   * @return whether the visit was started now
   */
  public boolean startPlanned(PlannedVisit planned) {
    if (!planned.reason().planned()) {
      throw new IllegalArgumentException("Not a planned visit reason: " + planned.reason());
    }
    if (!visits.addPlanned(planned.visitNumber(), planned.reason(), planned.planId())) {
      return false;
    }
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_NUMBER, planned.visitNumber());
    v.put(Vars.VISIT_REASON, planned.reason().name());
    v.put(Vars.VISIT_REASON_TEXT, planned.reason().text() + ":" + planned.title());
    v.put(Vars.VISIT_PLAN_ID, planned.planId());
    v.put(Vars.PROJECT, planned.project());
    v.put(CaseVariables.CUSTOMER_NAME, planned.customerName());
    v.put(CaseVariables.CUSTOMER_ID, planned.customerId());
    v.put(Vars.VISIT_ATTEMPT, 0);
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(VisitProcess.PROCESS_KEY, planned.visitNumber(), v);
    visits.started(planned.visitNumber(), instance.getId());
    return true;
  }

  /** The contact window of the next attempt. */
  public record Attempt(int number, Date callAt, Date dueAt, String windowText) {}

  /**
   * The first attempt: the first contact window after {@code call-after} from the case's closing, or from now
   * when that has passed (a sampled case is drawn days later). A further attempt: the next window after the one
   * the customer was not reached in.
   */
  public Attempt planAttempt(String visitNumber, int previousAttempt, Date previousDueAt) {
    ReturnVisit visit = visits.find(visitNumber).orElseThrow();
    Instant now = calendar.now().toInstant();
    Instant earliest;
    if (previousAttempt == 0 && visit.reason().planned()) {
      // a plan's visit is due on its day: the first window from now
      earliest = now;
    } else if (previousAttempt == 0) {
      Date closed = Date.from(visit.caseClosedAt() == null ? now : visit.caseClosedAt());
      earliest = calendar.plus(closed, properties.getCallAfter()).toInstant();
    } else {
      earliest = previousDueAt == null ? now : previousDueAt.toInstant();
    }
    ContactWindows.Slot slot = windows.next(earliest.isBefore(now) ? now : earliest);
    String text = times.format(slot.opens()) + " – " + times.format(slot.closes());
    if (previousAttempt == 0) {
      visits.firstDue(visitNumber, slot.closes());
    }
    return new Attempt(previousAttempt + 1, Date.from(slot.opens()), Date.from(slot.closes()), text);
  }

  /** What the visitor entered. */
  public record Answer(
      String contact, String mode, String answer, Integer score, String suggestions, boolean complaintRaised) {}

  /** What follows a recorded attempt. */
  public record Recorded(String outcome, boolean openComplaint, Date feedbackHandInDueAt) {}

  /**
   * Records an attempt. Reached: the complete answer (002 3.4.3), score and suggestions are kept, a low score or a
   * complaint opens a complaint, an on-site visit's written feedback form is due back. Not reached: another
   * attempt in the next window, or the visit ends unreached after {@code max-attempts}.
   */
  public Recorded record(String visitNumber, int attempt, Answer a, String visitedBy) {
    ReturnVisit visit = visits.find(visitNumber).orElseThrow();
    if (!Outcomes.REACHED.equals(a.contact())) {
      boolean last = attempt >= properties.getMaxAttempts();
      visits.recordAttempt(
          visitNumber, attempt, last ? Status.UNREACHED : Status.DUE, visitedBy, null, null, null, null, null);
      note(visit, "回访第 " + attempt + " 次未联系上客户" + (last ? ",回访结束" : ",下一个联系时段再访"));
      return new Recorded(last ? Outcomes.UNREACHED : Outcomes.RETRY, false, null);
    }
    if (a.answer() == null || a.answer().isBlank()) {
      throw new IllegalArgumentException(Vars.VISIT_ANSWER + ": the customer's complete answer is required");
    }
    if (a.score() == null || a.score() < 1 || a.score() > 5) {
      throw new IllegalArgumentException(Vars.SATISFACTION_SCORE + " must be 1 to 5, was " + a.score());
    }
    visits.recordAttempt(
        visitNumber, attempt, Status.VISITED, visitedBy, a.mode(), a.answer(), a.score(), a.suggestions(), a.complaintRaised());
    note(visit, "回访完成(" + ("onSite".equals(a.mode()) ? "上门" : "电话") + "),满意度 " + a.score() + "/5:" + a.answer());
    boolean complaint = a.complaintRaised() || a.score() <= properties.getLowScore();
    Date handInDue =
        Outcomes.ON_SITE.equals(a.mode()) ? calendar.plus(calendar.now(), properties.getFeedbackHandInDue()) : null;
    return new Recorded(Outcomes.DONE, complaint, handInDue);
  }

  /** Opens the complaint a visit found, linked to the visited case, with what the customer said. Idempotent. */
  public String openComplaint(String visitNumber) {
    ReturnVisit visit = visits.find(visitNumber).orElseThrow();
    if (visit.complaintCaseNumber() != null) {
      return visit.complaintCaseNumber();
    }
    if (visit.caseNumber() == null) {
      return openPlannedVisitComplaint(visit);
    }
    String demand = demand(visit);
    String complaint =
        linkedCases.start(
            visit.caseNumber(),
            COMPLAINT,
            COMPLAINT,
            Map.of(
                "customerDemand", demand,
                "relatedCaseNumber", visit.caseNumber(),
                Vars.VISIT_NUMBER, visitNumber));
    cases.addRecord(complaint, ServiceRecord.of("OPENED_FROM_RETURN_VISIT", demand));
    visits.complaintOpened(visitNumber, complaint);
    note(visit, "回访发现投诉,已开投诉单 " + complaint);
    return complaint;
  }

  /**
   * A planned visit has no case to link the complaint to: the complaint is a case of its own for the visited
   * customer (by archive id), with the visit number on it.
   */
  private String openPlannedVisitComplaint(ReturnVisit visit) {
    String demand = demand(visit);
    ProcessInstance visitInstance =
        runtimeService.createProcessInstanceQuery().processInstanceId(visit.processInstanceId()).singleResult();
    Map<String, Object> variables = visitInstance == null ? Map.of()
        : runtimeService.getVariables(visit.processInstanceId(), List.of(CaseVariables.CUSTOMER_ID,
            CaseVariables.CUSTOMER_NAME, Vars.PROJECT));
    Long customerId = variables.get(CaseVariables.CUSTOMER_ID) instanceof Number n ? n.longValue() : null;
    Object name = variables.get(CaseVariables.CUSTOMER_NAME);
    String customerName = name == null ? visit.visitNumber() : name.toString();
    // no product is the subject of a planned visit: the case record names the visit's kind in its place
    ServiceCase opened = cases.open(new NewCase(COMPLAINT, "phone",
        customerName.length() > 100 ? customerName.substring(0, 100) : customerName,
        null, null, null, visit.reason().text(), null, null, null, demand, visit.visitNumber(), null, customerId,
        null));
    Map<String, Object> v = new HashMap<>(CaseVariables.of(opened,
        calendar.plus(calendar.now(), properties.getComplaintResponse())));
    v.put("customerDemand", demand);
    v.put(Vars.VISIT_NUMBER, visit.visitNumber());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(COMPLAINT, opened.caseNumber(), v);
    cases.attachProcessInstance(opened.caseNumber(), instance.getId());
    cases.addRecord(opened.caseNumber(), ServiceRecord.of("OPENED_FROM_RETURN_VISIT", demand));
    visits.complaintOpened(visit.visitNumber(), opened.caseNumber());
    return opened.caseNumber();
  }

  private static String demand(ReturnVisit visit) {
    return "回访 " + visit.visitNumber() + "(满意度 " + visit.satisfaction() + "/5):" + visit.answer()
        + (visit.suggestions() == null || visit.suggestions().isBlank() ? "" : ";建议:" + visit.suggestions());
  }

  /** The written feedback form came back: the answer is due {@code feedback-answer-due} from now. */
  public Date feedbackHandedIn(String visitNumber, String formNumber, String by) {
    visits.feedbackHandedIn(visitNumber, formNumber, by);
    return calendar.plus(calendar.now(), properties.getFeedbackAnswerDue());
  }

  public void feedbackAnswered(String visitNumber, String commitment, String by) {
    if (commitment == null || commitment.isBlank()) {
      throw new IllegalArgumentException(Vars.SERVICE_COMMITMENT + ": the commitment to the customer is required");
    }
    visits.feedbackAnswered(visitNumber, commitment, by);
    note(visits.find(visitNumber).orElseThrow(), "回访反馈单已答复:" + commitment);
  }

  private void note(ReturnVisit visit, String text) {
    if (visit.caseNumber() != null) {
      cases.addRecord(visit.caseNumber(), ServiceRecord.of("RETURN_VISIT", text));
    }
  }
}
