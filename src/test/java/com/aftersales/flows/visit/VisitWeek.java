package com.aftersales.flows.visit;

import com.aftersales.cases.CaseService;
import com.aftersales.customers.CustomerService;
import com.aftersales.flows.visit.VisitProcess.Elements;
import com.aftersales.flows.visit.VisitProcess.Outcomes;
import com.aftersales.flows.visit.VisitProcess.Vars;
import com.aftersales.testsupport.Jobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Return visits made for the report tests on the real engine, time moved by the engine clock: four key customers'
 * cases closed at one time, each visited in its contact windows as staff would. One is visited with 5/5, one with
 * 2/5 (a low score: a complaint opens), one customer is never reached (three windows), one visit is left open.
 * Each made visit tells when it came due (its first visit task's due date) and when it was done, so a test knows
 * the week every figure belongs to. The caller resets the engine clock.
 */
public final class VisitWeek {

  /** One made visit: its first due date, when it was done (null: not visited) and how it ended. */
  public record Made(String visitNumber, Instant dueAt, Instant visitedAt, Integer score, boolean complaint,
      String status) {}

  private final CustomerService customers;
  private final CaseService cases;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public VisitWeek(CustomerService customers, CaseService cases, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService) {
    this.customers = customers;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /** The four visits of cases closed at {@code closedAt} (engine clock), named after {@code tag}. */
  public List<Made> make(Instant closedAt, String tag) {
    List<Made> made = new ArrayList<>();
    made.add(visited(closedAt, tag + " Five", 5L));
    made.add(visited(closedAt, tag + " Two", 2L));
    made.add(unreached(closedAt, tag + " Away"));
    made.add(open(closedAt, tag + " Open"));
    return made;
  }

  private Made visited(Instant closedAt, String name, long score) {
    ProcessInstance pi = closedVisit(closedAt, name);
    Task task = firstTask(pi);
    Instant visitedAt = ClockUtil.getCurrentTime().toInstant();
    taskService.complete(task.getId(), reached("满意度回访 " + name, score));
    Jobs.runDue(managementService, pi.getId());
    return new Made(visitNumber(pi), task.getDueDate().toInstant(), visitedAt, (int) score, score <= 2, "VISITED");
  }

  private Made unreached(Instant closedAt, String name) {
    ProcessInstance pi = closedVisit(closedAt, name);
    Task task = firstTask(pi);
    Instant firstDue = task.getDueDate().toInstant();
    while (task != null) {
      taskService.complete(task.getId(), Map.of(Vars.VISIT_CONTACT, "notReached"));
      Jobs.runDue(managementService, pi.getId());
      task = runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0 ? null
          : fireTimer(pi);
    }
    return new Made(visitNumber(pi), firstDue, null, null, false, "UNREACHED");
  }

  private Made open(Instant closedAt, String name) {
    ProcessInstance pi = closedVisit(closedAt, name);
    Task task = firstTask(pi);
    return new Made(visitNumber(pi), task.getDueDate().toInstant(), null, null, false, "DUE");
  }

  private ProcessInstance closedVisit(Instant closedAt, String name) {
    ClockUtil.setCurrentTime(Date.from(closedAt));
    String caseNumber = VisitCases.closed(customers, cases, VisitCases.KEY_PREFIX + name, "COMPLETED");
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(VisitProcess.PROCESS_KEY)
        .processInstanceBusinessKey(VisitService.visitNumberOf(caseNumber)).singleResult();
  }

  /** Plans the first window and opens it: the visit task, the engine clock at the window's opening. */
  private Task firstTask(ProcessInstance pi) {
    Jobs.runDue(managementService, pi.getId());
    return fireTimer(pi);
  }

  private Task fireTimer(ProcessInstance pi) {
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    return taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Elements.CONDUCT_VISIT).singleResult();
  }

  private String visitNumber(ProcessInstance pi) {
    return pi.getBusinessKey();
  }

  private static Map<String, Object> reached(String answer, long score) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.VISIT_CONTACT, Outcomes.REACHED);
    v.put(Vars.VISIT_MODE, "phone");
    v.put(Vars.VISIT_ANSWER, answer);
    v.put(Vars.SATISFACTION_SCORE, score);
    v.put(Vars.SUGGESTIONS, null);
    v.put(Vars.COMPLAINT_RAISED, false);
    return v;
  }
}
