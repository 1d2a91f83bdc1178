package com.aftersales.privacy;

import com.aftersales.harness.Answers;
import com.aftersales.harness.Choices;
import com.aftersales.harness.Vars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Walks the instances a test started to their end the way staff and the engine would: due jobs are run, every open
 * task is submitted through the form service, signed in as a member of its candidate group, with the answer its form
 * would send (the shared table {@link Answers}, each choice its usual value, and below the flows it does not drive),
 * and when only timers are left the engine clock moves to the next one. Instances that existed before the walk are
 * left alone.
 */
final class FlowWalk {

  /** Every choice takes its usual (first) value; a chance of at least half happens; numbers are the lowest. */
  static final Choices USUAL = new Choices() {
    @Override
    public String pick(String field, Object... valueWeightPairs) {
      return (String) valueWeightPairs[0];
    }

    @Override
    public boolean chance(String field, int percent) {
      return percent >= 50;
    }

    @Override
    public long between(String field, long from, long to) {
      return from;
    }
  };

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final IdentityService identity;
  private final HistoryService history;
  private final ZoneId zone;
  private final Set<String> before;
  /** Tasks submitted, per process definition key and task key, in order. */
  final List<String> submitted = new ArrayList<>();

  FlowWalk(ProcessEngine engine, ZoneId zone) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.history = engine.getHistoryService();
    this.zone = zone;
    this.before = new HashSet<>();
    history.createHistoricProcessInstanceQuery().list().forEach(pi -> before.add(pi.getId()));
  }

  /** Every instance started since this walk was made, running or ended, with its process definition key. */
  Map<String, String> started() {
    Map<String, String> started = new LinkedHashMap<>();
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime()
        .asc().list()) {
      if (!before.contains(pi.getId())) {
        started.put(pi.getId(), pi.getProcessDefinitionKey());
      }
    }
    return started;
  }

  /** The started instances that are still running. */
  List<String> running(Set<String> leftAlone) {
    return runtime.createProcessInstanceQuery().active().list().stream().map(ProcessInstance::getId)
        .filter(id -> !before.contains(id) && !leftAlone.contains(id)).toList();
  }

  /** Walks every started instance not in {@code leftAlone} until none runs or nothing but a message is awaited. */
  void toTheEnd(Set<String> leftAlone) {
    for (int step = 0; step < 3000; step++) {
      List<String> running = running(leftAlone);
      if (running.isEmpty()) {
        return;
      }
      Optional<Job> due = dueJob(running);
      if (due.isPresent()) {
        management.executeJob(due.get().getId());
        continue;
      }
      Optional<Task> open = openTask(running);
      if (open.isPresent()) {
        submit(open.get());
        continue;
      }
      Optional<Date> timer = management.createJobQuery().timers().list().stream()
          .filter(j -> j.getProcessInstanceId() != null && running.contains(j.getProcessInstanceId())
              && j.getDuedate() != null)
          .map(Job::getDuedate).min(Comparator.naturalOrder());
      if (timer.isEmpty()) {
        return;
      }
      Instant next = timer.get().toInstant().plusSeconds(1);
      if (next.isAfter(ClockUtil.getCurrentTime().toInstant())) {
        ClockUtil.setCurrentTime(Date.from(next));
      }
    }
    throw new AssertionError("The walk does not end; still running: " + running(leftAlone));
  }

  /** One step of one instance: its due jobs, then its first open task, then its due jobs again. */
  void oneStep(String processInstanceId) {
    runDue(processInstanceId);
    openTask(List.of(processInstanceId)).ifPresent(this::submit);
    runDue(processInstanceId);
  }

  void runDue(String processInstanceId) {
    for (int i = 0; i < 100; i++) {
      Optional<Job> due = dueJob(List.of(processInstanceId));
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get().getId());
    }
  }

  private Optional<Job> dueJob(List<String> running) {
    return management.createJobQuery().executable().list().stream()
        .filter(j -> j.getProcessInstanceId() != null && running.contains(j.getProcessInstanceId())).findFirst();
  }

  private Optional<Task> openTask(List<String> running) {
    return tasks.createTaskQuery().processInstanceIdIn(running.toArray(String[]::new)).active()
        .orderByTaskCreateTime().asc().list().stream().findFirst();
  }

  private void submit(Task task) {
    String processKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getProcessDefinitionId().split(":")[0];
    Map<String, Object> answer = answer(processKey, task);
    String user = task.getAssignee() != null ? task.getAssignee() : memberOfCandidateGroup(task);
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), answer);
      submitted.add(processKey + "/" + task.getTaskDefinitionKey());
    } catch (RuntimeException e) {
      throw new AssertionError("Submitting " + processKey + "/" + task.getTaskDefinitionKey() + " as " + user
          + " with " + answer + " failed: " + e.getMessage(), e);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String memberOfCandidateGroup(Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null) {
        return link.getUserId();
      }
      if (link.getGroupId() != null) {
        List<User> members = identity.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc()
            .listPage(0, 1);
        if (!members.isEmpty()) {
          return members.get(0).getId();
        }
      }
    }
    throw new AssertionError("Nobody may work " + task.getTaskDefinitionKey());
  }

  /** What the task's form sends: the flows the shared table does not drive first, then the shared table. */
  private Map<String, Object> answer(String processKey, Task task) {
    String key = task.getTaskDefinitionKey();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    Map<String, Object> own = switch (processKey + "/" + key) {
      case "consultation/Task_ContactCustomer" -> vars("consultationKind", "suggestion",
          "answer", "Thank you, we pass it on to the general manager.");
      case "consultation/Task_CompileFeedback" -> vars("feedbackReport", "Customer asks for a larger tray.");
      case "consultation/Task_GiveInstruction" -> vars("instruction", "Engineering to study a larger tray",
          "actionRequired", true, "responsibleDepartment", "工程部");
      case "consultation/Task_TrackFollowThrough" -> vars("followThroughNote", "Larger tray in production",
          "followThroughDone", true);
      case "emergency/Task_ContactCustomer" -> vars("emergencyKind", "major-failure", "teamLeader", "Wang Qiang",
          "emergencyTeam", "Wang Qiang, Zhao Lei", "dispatchNote", "Team leaves now");
      case "emergency/Task_DrawEmergencyStock" -> vars("stockDrawn", "Fuser unit, drum kit");
      case "emergency/Task_ConfirmArrival" -> vars("arrivalNote", "Production line stopped, unit dead");
      case "emergency/Task_ReportProgress" -> vars("progressNote", "Running again", "emergencyResolved", true);
      case "installation/Task_ContactCustomer" -> vars("installationScope", "small", "factoryAssistance", false,
          "visitDate", today.plusDays(2).toString(), "appointmentNote", "Call 30 minutes ahead");
      case "installation/Task_AssignTeam" -> vars("teamLeader", "Wang Qiang", "installers", "Zhao Lei");
      case "installation/Task_InstallAndCommission" -> vars("keyPartsChecked", true, "commissioningOk", true,
          "siteCleaned", true, "careExplained", true, "customerSigned", true, "siteProblem", "none");
      case "installation/Task_FollowUpCall" -> vars("satisfactionScore", 5L, "followUpNote", "Works well");
      case "maintenance/Task_ContactCustomer" -> vars("plannedVisits", 1L, "visitInterval", "P1Y",
          "firstVisitDate", today.plusDays(10).toString(), "planNote", "Mornings only");
      case "maintenance/Task_MaintenanceVisit" -> vars("serviced", true, "skillsTaught", true,
          "siteProblem", "none", "satisfactionScore", 4L);
      case "exchange/Task_FollowUpCall" -> vars("satisfaction", 5L, "followUpComments", "Quick and friendly");
      case "return-visit/Task_ConductVisit" -> vars("visitContact", "reached", "visitMode", "phone",
          "visitAnswer", "Engineer was on time, works well", "satisfactionScore", 5L, "complaintRaised", false);
      case "return-visit/Task_HandInFeedbackForm" -> vars("feedbackFormNumber", "FK-0815", "customerSigned", true,
          "feedbackNotes", "Wants a maintenance visit in autumn");
      case "return-visit/Task_AnswerFeedback" -> vars("serviceCommitment", "Maintenance visit booked");
      case "credit-review/Task_ReviewCredit" -> vars("newCreditGrade", "B", "newCreditLimit", 20000L,
          "reviewReport", "银行调查良好，按时付款，维持 B 级");
      case "customer-info-report/Task_WriteReport" -> vars("marketEnvironment", "华东竞争对手降价 5%",
          "customerNotes", "两家客户搬迁");
      case "archive-reverification/Task_VerifyArchives" -> vars();
      case "archive-reverification/Task_CorrectArchives" -> vars("correctionNote", "已更正联系人");
      case "stock-count/Task_CountStore" -> vars("hasDifferences", false);
      case "stock-count/Task_ApproveCorrections" -> vars("correctionDecision", "approved");
      case "parts-purchase/Task_PlanPurchase" -> vars("orderQuantity", 0L, "planningNote", "下月再订");
      case "parts-requisition/Task_ApproveRequisition" -> vars("approvalDecision", "rejected",
          "approvalComment", "同型号已领用未核销");
      default -> null;
    };
    if (own != null) {
      return own;
    }
    Vars shared = Answers.answer(key, USUAL);
    if (shared == null) {
      throw new AssertionError("No answer for " + processKey + "/" + key);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    ((Map<?, ?>) shared.body().get("variables")).forEach((name, typed) -> {
      Object value = ((Map<?, ?>) typed).get("value");
      values.put((String) name, "Json".equals(((Map<?, ?>) typed).get("type"))
          ? SpinValues.jsonValue((String) value).create() : value);
    });
    String[] due = Answers.AMOUNT_DUE.get(key);
    if (due != null) {
      Object amount = tasks.getVariable(task.getId(), due[1]);
      values.put(due[0], amount instanceof Number n ? (Object) Math.round(Math.ceil(n.doubleValue()))
          : Long.valueOf(new java.math.BigDecimal(String.valueOf(amount)).setScale(0, java.math.RoundingMode.CEILING)
              .longValueExact()));
    }
    return values;
  }

  private static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return Variables.fromMap(map);
  }
}
