package com.aftersales.selfservice;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceCase;
import com.aftersales.desk.CaseContacts;
import com.aftersales.desk.CaseFile.Moment;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The customer's status lookup: case number plus the last four digits of the phone the case was opened with. */
@Service
public class CustomerStatusService {

  private final CaseService cases;
  private final CaseContacts contacts;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final StaffTimes times;

  public CustomerStatusService(
      CaseService cases, CaseContacts contacts, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, StaffTimes times) {
    this.cases = cases;
    this.contacts = contacts;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.times = times;
  }

  /**
   * The case's status when the digits are the last four of its phone; empty for an unknown case, a case without
   * phone, or other digits alike, so the answer tells nothing about which of them it was.
   */
  public Optional<CaseStatus> lookUp(String caseNumber, String lastFourDigits) {
    Optional<ServiceCase> found = cases.find(caseNumber);
    String digits = found.flatMap(c -> contacts.of(c.caseNumber())).map(CaseContacts.Contact::phoneDigits).orElse("");
    String expected = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "????";
    boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        lastFourDigits.getBytes(StandardCharsets.US_ASCII));
    if (found.isEmpty() || !matches) {
      return Optional.empty();
    }
    ServiceCase c = found.get();
    return Optional.of(new CaseStatus(c.caseNumber(), c.type(), c.status(), c.closedAt() == null,
        moment(c.openedAt()), moment(c.closedAt()), nextStep(c)));
  }

  /** The open task due first; else the case's earliest waiting timer; else nothing. */
  private CaseStatus.NextStep nextStep(ServiceCase c) {
    if (c.closedAt() != null) {
      return new CaseStatus.NextStep(CaseStatus.NextStep.NONE, null, null);
    }
    List<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber())
        .list().stream().map(ProcessInstance::getId).toList();
    Optional<Task> task = instances.stream()
        .flatMap(id -> taskService.createTaskQuery().processInstanceId(id).list().stream())
        .min(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    if (task.isPresent()) {
      return new CaseStatus.NextStep(CaseStatus.NextStep.TASK, task.get().getName(), moment(task.get().getDueDate()));
    }
    Optional<Job> timer = instances.stream()
        .flatMap(id -> managementService.createJobQuery().processInstanceId(id).timers().list().stream())
        .min(Comparator.comparing(Job::getDuedate, Comparator.nullsLast(Comparator.naturalOrder())));
    return timer
        .map(t -> new CaseStatus.NextStep(CaseStatus.NextStep.SCHEDULED, null, moment(t.getDuedate())))
        .orElseGet(() -> new CaseStatus.NextStep(CaseStatus.NextStep.NONE, null, null));
  }

  private Moment moment(Date date) {
    return date == null ? null : moment(date.toInstant());
  }

  private Moment moment(Instant instant) {
    return instant == null ? null : new Moment(instant, times.format(instant));
  }
}
