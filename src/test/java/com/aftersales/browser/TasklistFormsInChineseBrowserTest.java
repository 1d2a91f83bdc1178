package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.Jobs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The forms no process walk completes in a Chinese (zh-CN) Tasklist, completed there without walking the path to
 * them: each case is put right at the task (a case taken in over the API, its process moved to the task, with the
 * variables the steps before would have set), and one member of the task's group, signed in once in a zh-CN
 * browser, opens each task, fills the required fields by the Chinese labels the form shows and completes it. The
 * engine then holds the task completed by that member and the texts typed.
 */
@ExtendWith(CasesLeftOpen.class)
class TasklistFormsInChineseBrowserTest extends BrowserScenario {

  /** A form, the task that shows it, the member who completes it and the request type of its case (null: none). */
  record Target(String form, String process, String task, String user, String requestType) {}

  static final List<Target> TARGETS = List.of(
      new Target("archive-reverify", "archive-reverification", "Task_VerifyArchives", "cora", null),
      new Target("archive-correct", "archive-reverification", "Task_CorrectArchives", "cora", null),
      new Target("complaint-record", "complaint", "Task_RecordComplaint", "mary", "complaint"),
      new Target("complaint-respond", "complaint", "Task_RespondToComplaint", "mary", "complaint"),
      new Target("complaint-customer-answer", "complaint", "Task_EnterCustomerAnswer", "mary", "complaint"),
      new Target("complaint-judge", "complaint", "Task_JudgeComplaint", "mary", "complaint"),
      new Target("complaint-investigate", "complaint", "Task_InvestigateCause", "mary", "complaint"),
      new Target("complaint-solution", "complaint", "Task_ProposeSolution", "mary", "complaint"),
      new Target("complaint-feedback", "complaint", "Task_ConfirmFeedback", "mary", "complaint"),
      new Target("complaint-follow-up", "complaint", "Task_FollowUp", "mary", "complaint"),
      new Target("complaint-responsibility-review", "complaint", "Task_ReviewResponsibility", "sam", "complaint"),
      new Target("consultation-answer", "consultation", "Task_ContactCustomer", "mary", "consultation"),
      new Target("consultation-compile", "consultation", "Task_CompileFeedback", "oscar", "consultation"),
      new Target("consultation-instruction", "consultation", "Task_GiveInstruction", "grace", "consultation"),
      new Target("consultation-follow-through", "consultation", "Task_TrackFollowThrough", "oscar", "consultation"),
      new Target("customer-info-report", "customer-info-report", "Task_WriteReport", "sally", null),
      new Target("emergency-arrival", "emergency", "Task_ConfirmArrival", "eric", "emergency"),
      new Target("emergency-progress", "emergency", "Task_ReportProgress", "eric", "emergency"),
      new Target("first-contact", "exchange", "Task_ContactCustomer", "mary", "exchange"),
      new Target("exchange-confirm-quality-problem", "exchange", "Task_ConfirmQualityProblem", "sally", "exchange"),
      new Target("exchange-fill-exchange-form", "exchange", "Task_FillExchangeForm", "sally", "exchange"),
      new Target("exchange-regional-manager-sign", "exchange", "Task_SignAsRegionalManager", "rita", "exchange"),
      new Target("exchange-sales-office-check", "exchange", "Task_CheckReturnedProduct", "oscar", "exchange"),
      new Target("exchange-general-manager-decide", "exchange", "Task_DecideAsGeneralManager", "grace", "exchange"),
      new Target("exchange-warehouse-receipt", "exchange", "Task_StoreReturnedUnit", "walt", "exchange"),
      new Target("exchange-manufacturer-answer", "exchange", "Task_EnterManufacturerAnswer", "oscar", "exchange"),
      new Target("exchange-chase-manufacturer", "exchange", "Task_ChaseManufacturer", "oscar", "exchange"),
      new Target("exchange-ship-to-manufacturer", "exchange", "Task_ShipUnitToManufacturer", "walt", "exchange"),
      new Target("exchange-deliver-new-unit", "exchange", "Task_DeliverNewUnit", "sally", "exchange"),
      new Target("exchange-follow-up-call", "exchange", "Task_FollowUpCall", "mary", "exchange"),
      new Target("exchange-negotiate-with-customer", "exchange", "Task_NegotiateWithCustomer", "sally", "exchange"),
      new Target("installation-schedule", "installation", "Task_ContactCustomer", "mary", "installation"),
      new Target("installation-assign-team", "installation", "Task_AssignTeam", "sam", "installation"),
      new Target("installation-damage", "installation", "Task_ArrangeDamageRepair", "walt", "installation"),
      new Target("installation-follow-up", "installation", "Task_FollowUpCall", "mary", "installation"),
      new Target("maintenance-plan", "maintenance", "Task_ContactCustomer", "mary", "maintenance"),
      new Target("parts-approve-unpack", "parts-approval", "Task_ApproveUnpack", "mark", "parts"),
      new Target("parts-pickup-notice", "parts-approval", "Task_EnterPickupNotice", "mary", "parts"),
      new Target("parts-make", "parts-approval", "Task_MakeParts", "pete", "parts"),
      new Target("parts-put-back", "parts-approval", "Task_PutPartsBack", "walt", "parts"),
      new Target("parts-arrange-shipping", "parts-approval", "Task_ArrangeShipping", "mary", "parts"),
      new Target("parts-ship", "parts-approval", "Task_ShipParts", "sally", "parts"),
      new Target("parts-correct", "parts-approval", "Task_CorrectParts", "mary", "parts"),
      new Target("parts-purchase-plan", "parts-purchase", "Task_PlanPurchase", "paul", null),
      new Target("parts-requisition-approve", "parts-requisition", "Task_ApproveRequisition", "kate", "repair"),
      new Target("payment-over-limit", "payment-gate", "Task_ApproveOverLimit", "mark", "repair"),
      new Target("payment-advance", "payment-gate", "Task_ConfirmAdvancePayment", "fiona", "repair"),
      new Target("repair-assess-request", "repair", "Task_AssessRequest", "mary", "repair"),
      new Target("repair-factory-quote", "repair", "Task_ObtainFactoryQuote", "mary", "repair"),
      new Target("repair-prepare-quote", "repair", "Task_PrepareQuote", "mary", "repair"),
      new Target("repair-diagnose", "repair", "Task_DiagnoseOnSite", "eric", "repair"),
      new Target("repair-on-site", "repair", "Task_RepairOnSite", "eric", "repair"),
      new Target("repair-with-parts", "repair", "Task_RepairWithParts", "eric", "repair"),
      new Target("repair-agree-extension", "repair", "Task_AgreeExtension", "mary", "repair"),
      new Target("repair-parts-rejected", "repair", "Task_ReviewPartsRejection", "sam", "repair"),
      new Target("repair-send-to-factory", "repair", "Task_SendToFactory", "mary", "repair"),
      new Target("repair-factory-return", "repair", "Task_AwaitFactoryReturn", "mary", "repair"),
      new Target("repair-check-factory", "repair", "Task_CheckWithFactory", "mary", "repair"),
      new Target("repair-report", "repair", "Task_WriteRepairReport", "eric", "repair"),
      new Target("repair-approve-report", "repair", "Task_ApproveRepairReport", "sam", "repair"),
      new Target("repair-expert-review", "repair", "Task_ReviewUnresolvedRepair", "sam", "repair"),
      new Target("repair-spot-check", "repair", "Task_SpotCheck", "sam", "repair"),
      new Target("repair-rework", "repair", "Task_Rework", "eric", "repair"),
      new Target("repair-record-payment", "repair", "Task_RecordPayment", "fiona", "repair"),
      new Target("repair-chase-payment", "repair", "Task_ChasePayment", "mary", "repair"),
      new Target("repair-follow-up", "repair", "Task_FollowUpCall", "mary", "repair"),
      new Target("repair-satisfaction-review", "repair", "Task_ReviewDissatisfaction", "sam", "repair")
  );

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @ParameterizedTest
  @ValueSource(strings = {"mary", "eric", "sam", "rita", "sally", "oscar", "grace", "paul", "pete",
      "walt", "mark", "fiona", "kate", "cora"})
  @CompletesForms(zh = {
      "archive-correct", "archive-reverify", "complaint-customer-answer", "complaint-feedback", "complaint-follow-up",
      "complaint-investigate", "complaint-judge", "complaint-record", "complaint-respond",
      "complaint-responsibility-review", "complaint-solution", "consultation-answer", "consultation-compile",
      "consultation-follow-through", "consultation-instruction", "customer-info-report", "emergency-arrival",
      "emergency-progress", "exchange-chase-manufacturer", "exchange-confirm-quality-problem",
      "exchange-deliver-new-unit", "exchange-fill-exchange-form", "exchange-follow-up-call",
      "exchange-general-manager-decide", "exchange-manufacturer-answer", "exchange-negotiate-with-customer",
      "exchange-regional-manager-sign", "exchange-sales-office-check", "exchange-ship-to-manufacturer",
      "exchange-warehouse-receipt", "first-contact", "installation-assign-team", "installation-damage",
      "installation-follow-up", "installation-schedule", "maintenance-plan", "parts-approve-unpack",
      "parts-arrange-shipping", "parts-correct", "parts-make", "parts-pickup-notice", "parts-purchase-plan",
      "parts-put-back", "parts-requisition-approve", "parts-ship", "payment-advance", "payment-over-limit",
      "repair-agree-extension", "repair-approve-report", "repair-assess-request", "repair-chase-payment",
      "repair-check-factory", "repair-diagnose", "repair-expert-review", "repair-factory-quote",
      "repair-factory-return", "repair-follow-up", "repair-on-site", "repair-parts-rejected", "repair-prepare-quote",
      "repair-record-payment", "repair-report", "repair-rework", "repair-satisfaction-review",
      "repair-send-to-factory", "repair-spot-check", "repair-with-parts"})
  @DisplayName("each member opens the group's forms in a Chinese Tasklist, fills them by their Chinese labels and completes them")
  void everyFormIsCompletedInAChineseTasklist(String user) {
    reopenBrowserIn("zh-CN");
    List<Target> mine = TARGETS.stream().filter(t -> t.user().equals(user)).toList();
    Map<Target, String> instances = new HashMap<>();
    for (Target target : mine) {
      instances.put(target, atTask(target));
    }
    Tasklist tasklist = Tasklist.inChinese(browser);
    tasklist.login(user, user);
    List<String> failures = new ArrayList<>();
    for (Target target : mine) {
      String instance = instances.get(target);
      try {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(target.task()).singleResult();
        tasklist.openTaskById(task.getId());
        browser.visible(By.xpath("//button[normalize-space()='完成']"));
        if (task.getAssignee() == null) {
          tasklist.claim();
        }
        FormFilling form = new FormFilling(browser, tasklist).daysAhead(LATER_DATES.contains(target.form()) ? 30 : 1);
        Map<String, String> typed = form.fillRequired(target.form());
        assertThat(form.shownLabels()).as(target.form() + ": labels in Chinese")
            .allMatch(label -> label.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        tasklist.complete();
        tasklist.awaitCompleted();
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getEndTime()).as(target.form() + " completed").isNotNull();
        assertThat(done.getAssignee()).isEqualTo(user);
          typed.forEach((key, text) -> {
          List<Object> stored = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
              .variableName(key).list().stream().map(HistoricVariableInstance::getValue).toList();
          assertThat(stored).as(target.form() + " " + key)
              .anySatisfy(value -> assertThat(value).asString().contains(text));
        });
      } catch (RuntimeException | AssertionError e) {
        browser.step("failed: " + target.form());
        failures.add(target.form() + ": " + e.getMessage().lines().limit(3).toList());
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Puts a case right at the target's task and returns its process instance. */
  private String atTask(Target target) {
    Map<String, Object> variables = variablesBefore(target);
    if (target.requestType() == null) {
      return runtimeService.createProcessInstanceByKey(target.process())
          .businessKey(target.form() + "-" + System.nanoTime()).setVariables(variables)
          .startBeforeActivity(target.task()).execute().getId();
    }
    ServiceTypeRequests.Opened opened = ServiceTypeRequests.open(rest, target.requestType(), "浏览器测试：" + target.form());
    Jobs.runDue(managementService, opened.instance());
    if (!runtimeService.getActivityInstance(opened.instance()).getProcessDefinitionId()
        .startsWith(target.process() + ":")) {
      Map<String, Object> caseVariables = new HashMap<>(runtimeService.getVariables(opened.instance()));
      caseVariables.putAll(variables);
      return runtimeService.createProcessInstanceByKey(target.process()).businessKey(opened.caseNumber())
          .setVariables(caseVariables).startBeforeActivity(target.task()).execute().getId();
    }
    if (target.process().equals("complaint") && !target.task().equals("Task_RecordComplaint")) {
      // the complaint is registered (its category and severity routed) when it is recorded
      Task record = taskService.createTaskQuery().processInstanceId(opened.instance()).taskDefinitionKey("Task_RecordComplaint").singleResult();
      taskService.complete(record.getId(), Map.of("category", "installation", "severity", "normal", "keyCustomer", false,
          "customerDemand", "上门检查", "description", "安装后漏水"));
      Jobs.runDue(managementService, opened.instance());
    }
    List<String> active = leaves(runtimeService.getActivityInstance(opened.instance()), new ArrayList<>());
    if (active.contains(target.task())) {
      runtimeService.setVariables(opened.instance(), variables);
      return opened.instance();
    }
    ProcessInstanceModificationBuilder move = runtimeService.createProcessInstanceModification(opened.instance())
        .startBeforeActivity(target.task()).setVariables(variables);
    for (String activity : active) {
      move = move.cancelAllForActivity(activity);
    }
    move.execute();
    return opened.instance();
  }

  private static List<String> leaves(ActivityInstance instance, List<String> into) {
    if (instance.getChildActivityInstances().length == 0 && instance.getParentActivityInstanceId() != null) {
      into.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      leaves(child, into);
    }
    for (var transition : instance.getChildTransitionInstances()) {
      into.add(transition.getActivityId());
    }
    return into;
  }

  /** What the steps before the task would have set: the groups, engineer and deadlines its model reads. */
  private static Map<String, Object> variablesBefore(Target target) {
    Date tomorrow = Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
    Map<String, Object> v = new HashMap<>();
    v.put("complaintGroup", "customer-service");
    v.put("responseTimerDue", tomorrow);
    v.put("verifierGroup", "customer-info-supervisors");
    v.put("approverGroup", "store-keepers");
    v.put("engineer", "eric");
    v.put("appointmentAt", tomorrow);
    v.put("dispatchDueAt", tomorrow);
    v.put("arrivalDueAt", tomorrow);
    v.put("visitDue", tomorrow);
    v.put("visitDueAt", tomorrow);
    v.put("feedbackHandInDueAt", tomorrow);
    v.put("feedbackAnswerDueAt", tomorrow);
    v.put("orderDueDate", tomorrow);
    v.put("replenishDueDate", tomorrow);
    v.put("responseDueAt", tomorrow);
    v.put("coverage", "warranty");
    v.put("manufacturerDecision", "accepted");
    v.putAll(EARLIER.getOrDefault(target.form(), Map.of()));
    return v;
  }

  /** What a form's earlier steps decided that its own step reads (its checks, the gateway after it). */
  static final Map<String, Map<String, Object>> EARLIER = Map.of(
      "complaint-customer-answer", Map.of("pausedAt", new Date(), "responseRemainingSeconds", 3600L),
      "complaint-solution", Map.of("causeCategory", "workmanship"),
      "parts-pickup-notice", Map.of("orderNo", 1),
      "parts-arrange-shipping", Map.of("orderNo", 1),
      "parts-put-back", Map.of("orderNo", 1),
      "installation-damage", Map.of("siteProblem", "none"));

  /** Forms whose date must lie beyond a deadline already running (the repair cycle's end): a month ahead. */
  static final java.util.Set<String> LATER_DATES = java.util.Set.of("repair-agree-extension");
}
