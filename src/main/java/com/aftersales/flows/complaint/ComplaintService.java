package com.aftersales.flows.complaint;

import com.aftersales.cases.CaseNotFoundException;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.complaint.ComplaintProcess.Actions;
import com.aftersales.flows.complaint.ComplaintProcess.ResponseOutcome;
import com.aftersales.flows.complaint.ComplaintProcess.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a complaint, without the engine: registration with its commitment, escalation, the paused
 * clock, the response, the solution, the responsibility review, archiving. Every step updates the complaint
 * row, the case status and the case history together (one transaction: the caller's).
 */
@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final CaseService cases;
  private final ComplaintProperties properties;

  public ComplaintService(ComplaintRepository complaints, CaseService cases, ComplaintProperties properties) {
    this.complaints = complaints;
    this.cases = cases;
    this.properties = properties;
  }

  public record Registration(Complaint.Report report, Integer responseHours, String handlingGroup) {}

  public record Registered(
      int responseHours, String handlingGroup, Instant receivedAt, Instant responseDueAt, Optional<String> repeatOf) {}

  /**
   * Files the complaint: the commitment counts from when the case was opened (the customer's call), not from
   * when the record was finished; missing routing outputs fall back to the configured defaults.
   */
  public Registered register(Registration registration, Instant now) {
    Complaint.Report sent = registration.report();
    Complaint.Report r = new Complaint.Report(sent.caseNumber(), sent.category(), sent.severity(), sent.keyCustomer(),
        sent.details(), sent.customerDemand(), blankToNull(sent.relatedCaseNumber()));
    ServiceCase serviceCase = cases.find(r.caseNumber()).orElseThrow(() -> new CaseNotFoundException(r.caseNumber()));
    Integer askedHours = registration.responseHours();
    String askedGroup = registration.handlingGroup();
    int hours = askedHours != null && askedHours > 0 ? askedHours : properties.defaultResponseHours();
    String group = askedGroup != null && !askedGroup.isBlank() ? askedGroup : properties.defaultHandlingGroup();
    Instant receivedAt = serviceCase.openedAt() != null ? serviceCase.openedAt() : now;
    Instant dueAt = ResponseClock.dueAt(receivedAt, hours);
    Optional<String> repeatOf =
        complaints.findRepeatedComplaint(
            r.caseNumber(), r.relatedCaseNumber(), serviceCase.customerPhone(), serviceCase.serialNumber());
    complaints.register(
        new Complaint.NewComplaint(
            r,
            repeatOf.orElse(null),
            group,
            hours,
            receivedAt,
            dueAt),
        now);
    cases.updateStatus(r.caseNumber(), Status.AWAITING_RESPONSE);
    cases.addRecord(
        r.caseNumber(),
        ServiceRecord.of(
            Actions.REGISTERED,
            String.format(
                "%s complaint (%s severity%s) for %s; answer due within %d hours%s",
                r.category(),
                r.severity(),
                r.keyCustomer() ? ", key customer" : "",
                group,
                hours,
                repeatOf.map(c -> "; repeats " + c).orElse(""))));
    return new Registered(hours, group, receivedAt, dueAt, repeatOf);
  }

  public record Escalated(int level, String group, Instant nextDeadline) {}

  /**
   * Moves the complaint one level up (at most the general manager). {@code sequenceNo} numbers the
   * escalations of the case, so a step that runs again records nothing new.
   */
  public Escalated escalate(
      String caseNumber,
      int currentLevel,
      int sequenceNo,
      String handlingGroup,
      String reason,
      Instant now) {
    boolean toCompany = Complaint.Escalation.REPORTED_TO_COMPANY.equals(reason);
    int level = toCompany ? ComplaintProperties.TOP_LEVEL : Math.min(currentLevel + 1, ComplaintProperties.TOP_LEVEL);
    String fromGroup = properties.groupFor(currentLevel, handlingGroup);
    String group = properties.groupFor(level, handlingGroup);
    boolean reopened = Complaint.Escalation.CUSTOMER_NOT_SATISFIED.equals(reason);
    complaints.escalate(
        new Complaint.Escalation(caseNumber, sequenceNo, reason, currentLevel, level, fromGroup, group, now),
        reopened);
    if (reopened) {
      cases.updateStatus(caseNumber, Status.REOPENED);
    }
    cases.addRecord(
        caseNumber,
        ServiceRecord.of(
            reopened ? Actions.REOPENED : toCompany ? Actions.REPORTED_TO_COMPANY : Actions.ESCALATED,
            reopened
                ? String.format("客户不满意：在第 %d 级重新处理（%s）", level, group)
                : toCompany
                    ? String.format("%s 无法解决：上报公司（%s）", fromGroup, group)
                    : String.format("%s 未按时答复：升级到第 %d 级（%s）", fromGroup, level, group)));
    return new Escalated(level, group, now.plus(properties.escalationWindow()));
  }

  /** Stops the clock while the customer owes us information; returns the seconds left of the deadline. */
  public long pause(String caseNumber, Instant deadline, String infoRequest, Instant now) {
    long remaining = ResponseClock.remainingSeconds(deadline, now);
    complaints.pause(caseNumber, now);
    cases.updateStatus(caseNumber, Status.WAITING_FOR_CUSTOMER);
    cases.addRecord(
        caseNumber,
        ServiceRecord.of(
            Actions.CLOCK_PAUSED,
            String.format("等待客户答复（%s）；答复期限还剩 %d 分钟", infoRequest, remaining / 60)));
    return remaining;
  }

  public record Resumed(Instant deadline, Instant responseDueAt, long pausedSeconds) {}

  /** Restarts the clock with the time that was left; the commitment moves by the length of the pause. */
  public Resumed resume(
      String caseNumber, Instant pausedAt, long remainingSeconds, Instant responseDueAt, String answer, Instant now) {
    long paused = ResponseClock.pausedSeconds(pausedAt, now);
    Instant newDueAt = responseDueAt.plusSeconds(paused);
    complaints.resume(caseNumber, paused, newDueAt, now);
    cases.updateStatus(caseNumber, Status.AWAITING_RESPONSE);
    cases.addRecord(
        caseNumber,
        ServiceRecord.of(
            Actions.CLOCK_RESUMED,
            String.format("客户在 %d 分钟后答复：%s", paused / 60, answer)));
    return new Resumed(ResponseClock.resumedDeadline(now, remainingSeconds), newDueAt, paused);
  }

  /** The first answer to the customer: resolved on the spot, or answered and taken into investigation. */
  public void responded(
      String caseNumber, ResponseOutcome outcome, String resolution, String causeCategory, String note, String by,
      Instant now) {
    boolean resolved = outcome == ResponseOutcome.RESOLVED;
    complaints.responded(caseNumber, outcome.code(), resolved ? resolution : null, resolved ? causeCategory : null, now);
    cases.updateStatus(caseNumber, resolved ? Status.RESOLVED_ON_THE_SPOT : Status.INVESTIGATION);
    cases.addRecord(
        caseNumber,
        new ServiceRecord(
            Actions.RESPONDED,
            null,
            null,
            null,
            resolved ? "当场解决：" + resolution : "已答复，待调查：" + orDash(note),
            by,
            null));
  }

  public record Solution(
      Boolean justified,
      Boolean demandReasonable,
      String judgementNote,
      String causeCategory,
      String findings,
      String solutionType,
      String details,
      BigDecimal compensationAmount) {}

  public void solution(String caseNumber, Solution s, String by, Instant now) {
    complaints.solution(
        caseNumber,
        s.justified(),
        s.demandReasonable(),
        s.causeCategory(),
        s.findings(),
        s.solutionType(),
        s.details(),
        s.compensationAmount(),
        now);
    cases.updateStatus(caseNumber, Status.SOLUTION_PROPOSED);
    cases.addRecord(
        caseNumber,
        new ServiceRecord(
            Actions.SOLUTION_PROPOSED,
            null,
            null,
            s.compensationAmount(),
            String.format(
                "Justified: %s, demand reasonable: %s (%s). Cause: %s — %s. Solution: %s — %s",
                yesNo(s.justified()),
                yesNo(s.demandReasonable()),
                orDash(s.judgementNote()),
                s.causeCategory(),
                orDash(s.findings()),
                s.solutionType(),
                s.details()),
            by,
            null));
  }

  public void linkedCase(String caseNumber, String type, String linkedCaseNumber, Instant now) {
    complaints.linkedCase(caseNumber, linkedCaseNumber, now);
    cases.addRecord(
        caseNumber,
        ServiceRecord.of(Actions.LINKED_CASE_STARTED, "Solution " + type + " started as case " + linkedCaseNumber));
  }

  public void responsibilityReview(
      String caseNumber,
      String repeatOf,
      boolean earlierUnreported,
      String responsiblePerson,
      String regionalHead,
      String finding,
      String by,
      Instant now) {
    complaints.responsibilityReview(caseNumber, responsiblePerson, regionalHead, finding, now);
    cases.addRecord(
        caseNumber,
        new ServiceRecord(
            Actions.RESPONSIBILITY_REVIEWED,
            null,
            null,
            null,
            String.format(
                "Repeat of %s%s. Responsible: %s; regional head: %s. Finding: %s",
                orDash(repeatOf),
                earlierUnreported ? " (earlier complaint neither solved nor reported)" : "",
                responsiblePerson,
                regionalHead,
                finding),
            by,
            null));
  }

  /** Archives the complaint with its cause and resolution and closes the case. */
  public void archive(String caseNumber, Integer satisfactionScore, String followUpNote, String by, Instant now) {
    complaints.archive(caseNumber, satisfactionScore, now);
    Complaint c = complaints.find(caseNumber).orElseThrow();
    cases.addRecord(
        caseNumber,
        new ServiceRecord(
            Actions.ARCHIVED,
            null,
            null,
            null,
            String.format(
                "Cause: %s. Resolution: %s. Follow-up (satisfaction %s): %s",
                orDash(c.causeCategory()),
                orDash(c.resolution()),
                satisfactionScore == null ? "-" : satisfactionScore + "/5",
                orDash(followUpNote)),
            by,
            null));
    cases.close(caseNumber, Status.ARCHIVED);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private static String yesNo(Boolean b) {
    return b == null ? "-" : b ? "yes" : "no";
  }
}
