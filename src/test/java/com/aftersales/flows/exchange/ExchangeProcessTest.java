package com.aftersales.flows.exchange;

import com.aftersales.testsupport.EngineClock;
import com.aftersales.testsupport.Jobs;
import com.aftersales.testsupport.Mails;
import com.aftersales.testsupport.ProcessTest;
import com.aftersales.testsupport.Tasks;
import static com.aftersales.flows.exchange.ExchangeProcess.Ids;
import static com.aftersales.flows.exchange.ExchangeProcess.Vars;
import static com.aftersales.flows.exchange.ExchangeTestFlows.MONDAY;
import static com.aftersales.flows.exchange.ExchangeTestFlows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.CaseLinks;
import com.aftersales.flows.FirstContact;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.LinkedCaseStarter;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the exchange flow with the real delegates, services, mail outbox and working-day
 * calendar; timers are fired by moving the engine clock. Its runs must walk at least 90 % of {@code exchange}
 * (testsupport.ProcessCoverage; report under target/process-test-coverage).
 */
@ProcessTest
class ExchangeProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseService cases;
  @Autowired CaseLinks links;
  @Autowired LinkedCaseStarter linkedCaseStarter;
  @Autowired Outbox outbox;
  @Autowired ExchangeRepository ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManufacturerAnswers manufacturerAnswers;

  @BeforeEach
  void setUp() {
    EngineClock.set(at(MONDAY));
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    AbstractAssertions.reset();
  }

  // ---------------------------------------------------------------- paths

  @Test
  @DisplayName("002 客服流程: an exchange request is acknowledged by mail and customer service contacts the customer"
      + " within the response commitment, beside the internal steps")
  void exchangeRequestIsAcknowledgedAndContactedWithin24Hours() {
    EngineClock.set(at(MONDAY));
    ProcessInstance pi = ExchangeTestFlows.startExchange(cases, runtimeService, LocalDate.of(2025, 12, 1), true,
        Map.of());
    String caseNumber = pi.getBusinessKey();
    Object due = runtimeService.getVariable(pi.getId(), "responseDueAt");

    // the sales office's own first step is not held up by the call
    assertThat(pi).isWaitingAt(Ids.SEND_ACKNOWLEDGEMENT, Ids.CONFIRM_QUALITY_PROBLEM);
    executeJob(pi, Ids.SEND_ACKNOWLEDGEMENT);
    assertThat(mails(caseNumber, "exchange-acknowledgement")).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("li.na@example.com");
      assertThat(mail.subject()).contains(caseNumber);
    });
    Task contact = task(pi, Ids.CONTACT_CUSTOMER);
    assertThat(contact.getDueDate()).isEqualTo(due);
    assertThat(contact.getName()).isEqualTo("24小时内联系客户");
    complete(pi, Ids.CONTACT_CUSTOMER, "customer-service", "mary",
        Map.of(FirstContact.CONTACT_NOTE, "Called: the exchange needs three approvals, about two weeks"));
    assertThat(pi).hasPassed(FirstContact.RECORD_FIRST_CONTACT, "EndEvent_CustomerContacted")
        .isWaitingAt(Ids.CONFIRM_QUALITY_PROBLEM);
    assertThat(records(caseNumber, FirstContact.ACTION)).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("three approvals"));
    runtimeService.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  @DisplayName("002 客服流程: an exchange opened from another case was contacted there and is not contacted again")
  void exchangeOpenedFromAnotherCaseIsNotContactedAgain() {
    ProcessInstance pi = ExchangeTestFlows.startExchange(cases, runtimeService, LocalDate.of(2025, 12, 1), true,
        Map.of(LinkedCaseStarter.ORIGIN_CASE_NUMBER, "AS-2026-999999"));

    assertThat(pi).hasPassed("EndEvent_ContactedInOriginCase").hasNotPassed(Ids.SEND_ACKNOWLEDGEMENT)
        .isWaitingAt(Ids.CONFIRM_QUALITY_PROBLEM);
    assertThat(task(pi, Ids.CONTACT_CUSTOMER)).isNull();
    runtimeService.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void approvedExchangeIsDeliveredFollowedUpAndWrittenToTheLedgerOnce() {
    ProcessInstance pi = startInWarranty();
    String caseNumber = pi.getBusinessKey();
    confirmQuality(pi);
    assertThat(status(caseNumber)).isEqualTo("EXCHANGE_FORM");
    fillExchangeForm(pi);
    assertThat(status(caseNumber)).isEqualTo("AWAITING_APPROVAL");
    approve(pi, Approver.REGIONAL_MANAGER, "rita");
    approve(pi, Approver.SALES_OFFICE, "oscar");
    approve(pi, Approver.GENERAL_MANAGER, "grace");
    assertThat(status(caseNumber)).isEqualTo("APPROVED");
    storeReturnedUnit(pi);

    // The request goes to the manufacturer by mail (asynchronous step).
    assertThat(pi).isWaitingAt(Ids.MAIL_MANUFACTURER_REQUEST);
    executeJob(pi, Ids.MAIL_MANUFACTURER_REQUEST);
    assertThat(mails(caseNumber, "exchange-manufacturer-request")).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("manufacturer@example.com");
      assertThat(mail.subject()).contains(caseNumber).contains("SN-OLD-4711");
      assertThat(mail.body()).contains("Rotor stops intermittently").contains("A-03-12").contains("7 working days");
    });
    assertThat(status(caseNumber)).isEqualTo("AWAITING_MANUFACTURER");

    // The sales office enters the manufacturer's answer received by phone.
    assertThat(pi).isWaitingAt(Ids.ENTER_MANUFACTURER_ANSWER);
    complete(pi, Ids.ENTER_MANUFACTURER_ANSWER, "sales-office", "oscar", Map.of(
        Vars.MANUFACTURER_DECISION, "accepted", Vars.MANUFACTURER_NOTE, "New unit ready for pickup",
        Vars.PICKUP_DATE, "2026-03-20"));
    assertThat(records(caseNumber, "MANUFACTURER_ANSWER")).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("厂方同意换货").contains("2026-03-20").contains("由 oscar 录入"));
    assertThat(status(caseNumber)).isEqualTo("RETURNING_TO_MANUFACTURER");

    // The customer hears that the exchange is confirmed and what comes next.
    executeJob(pi, Ids.MAIL_CUSTOMER_EXCHANGE_CONFIRMED);
    assertThat(mails(caseNumber, "exchange-confirmed")).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("li.na@example.com");
      assertThat(mail.subject()).contains(caseNumber);
      assertThat(mail.body()).contains("2026-03-20").contains("3 个工作日内");
    });

    complete(pi, Ids.SHIP_UNIT_TO_MANUFACTURER, "warehouse", "walt",
        Map.of(Vars.CARRIER, "SF Express", Vars.TRACKING_NUMBER, "SF123456789"));
    ClockUtil.setCurrentTime(at(MONDAY.plusDays(3)));
    complete(pi, Ids.DELIVER_NEW_UNIT, "sales", "sally",
        Map.of(Vars.NEW_SERIAL_NUMBER, "SN-NEW-0815", Vars.CUSTOMER_SIGNED_FOR, true));
    assertThat(status(caseNumber)).isEqualTo("DELIVERED");

    // The ledger step runs asynchronously and writes one row ...
    assertThat(pi).isWaitingAt(Ids.WRITE_LEDGER_ENTRY);
    executeJob(pi, Ids.WRITE_LEDGER_ENTRY);
    LedgerEntry entry = ledger.find(caseNumber).orElseThrow();
    assertThat(entry.exchangeDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(entry.customerName()).isEqualTo("Li Na");
    assertThat(entry.productModel()).isEqualTo("Centrifuge C-200");
    assertThat(entry.oldSerialNumber()).isEqualTo("SN-OLD-4711");
    assertThat(entry.newSerialNumber()).isEqualTo("SN-NEW-0815");
    assertThat(entry.reason()).contains("Rotor stops intermittently");
    assertThat(entry.regionalManager().by()).isEqualTo("rita");
    assertThat(entry.regionalManager().decision()).isEqualTo("approved");
    assertThat(entry.regionalManager().at()).isEqualTo(at(MONDAY).toInstant());
    assertThat(entry.salesOffice().by()).isEqualTo("oscar");
    assertThat(entry.salesOffice().comment()).contains("original packaging");
    assertThat(entry.generalManager().by()).isEqualTo("grace");
    assertThat(entry.storageLocation()).isEqualTo("A-03-12");
    assertThat(entry.warehouseReceivedBy()).isEqualTo("walt");
    assertThat(entry.handler()).isEqualTo("sally");

    // ... and running the step again (a re-run job) adds no second row.
    assertThat(pi).isWaitingAt(Ids.TIMER_FOLLOW_UP_DUE);
    runtimeService.createProcessInstanceModification(pi.getId())
        .cancelAllForActivity(Ids.TIMER_FOLLOW_UP_DUE)
        .startBeforeActivity(Ids.WRITE_LEDGER_ENTRY)
        .execute();
    executeJob(pi, Ids.WRITE_LEDGER_ENTRY);
    assertThat(ledgerRows(caseNumber)).isEqualTo(1);

    // Follow-up call 24 hours after delivery, then the case closes.
    Job followUp = job(pi, Ids.TIMER_FOLLOW_UP_DUE);
    assertThat(followUp.getDuedate()).isEqualTo(at(MONDAY.plusDays(4)));
    ClockUtil.setCurrentTime(at(MONDAY.plusDays(4)));
    managementService.executeJob(followUp.getId());
    complete(pi, Ids.FOLLOW_UP_CALL, "customer-service", "mary",
        Map.of(Vars.SATISFACTION, 5, Vars.FOLLOW_UP_COMMENTS, "Quick and friendly"));

    assertThat(pi).isEnded().hasPassed(Ids.CLOSE_EXCHANGED, Ids.END_EXCHANGED);
    ServiceCase closed = cases.find(caseNumber).orElseThrow();
    assertThat(closed.status()).isEqualTo("EXCHANGED");
    assertThat(closed.closedAt()).isNotNull();
    assertThat(cases.records(caseNumber)).extracting(ServiceRecord::action).contains(
        "EXCHANGE_ELIGIBILITY", "QUALITY_CHECK", "EXCHANGE_FORM", "APPROVAL_REGIONAL_MANAGER", "APPROVAL_SALES_OFFICE",
        "APPROVAL_GENERAL_MANAGER", "WAREHOUSE_RECEIPT", "MANUFACTURER_ANSWER", "SHIPPED_TO_MANUFACTURER",
        "DELIVERED", "FOLLOW_UP");
    assertThat(mails(caseNumber, "exchange-rejected")).isEmpty();
  }

  @Test
  void regionalManagersRejectionIsMailedToSalesAndTheCaseClosesAfterNegotiation() {
    ProcessInstance pi = startInWarranty();
    confirmQuality(pi);
    fillExchangeForm(pi);
    reject(pi, Approver.REGIONAL_MANAGER, "rita", "Fault not reproducible, repair first");

    assertRejectionMailedToSales(pi, "区域市场负责人", "Fault not reproducible, repair first");
    negotiate(pi, "close", "Customer withdraws the request");

    assertThat(pi).isEnded().hasPassed(Ids.CLOSE_WITHOUT_EXCHANGE, Ids.END_CLOSED_WITHOUT_EXCHANGE)
        .hasNotPassed(Ids.CHECK_RETURNED_PRODUCT);
    assertThat(status(pi.getBusinessKey())).isEqualTo("CLOSED_WITHOUT_EXCHANGE");
    assertThat(records(pi.getBusinessKey(), "APPROVAL_REGIONAL_MANAGER")).singleElement()
        .satisfies(r -> {
          assertThat(r.note()).contains("区域市场负责人驳回：Fault not reproducible");
          assertThat(r.recordedBy()).isEqualTo("rita");
        });
  }

  @Test
  void salesOfficesRejectionLeadsToALinkedRepairCaseWhenTheCustomerAgrees() {
    ProcessInstance pi = startInWarranty();
    confirmQuality(pi);
    fillExchangeForm(pi);
    approve(pi, Approver.REGIONAL_MANAGER, "rita");
    reject(pi, Approver.SALES_OFFICE, "oscar", "Unit shows drop damage, no original packaging");

    assertRejectionMailedToSales(pi, "销售办公室", "drop damage");
    negotiate(pi, "repair", "Customer accepts a repair");

    assertThat(pi).isEnded().hasPassed(Ids.START_LINKED_REPAIR_CASE, Ids.END_CONVERTED_TO_REPAIR);
    assertConvertedToRepair(pi);
  }

  @Test
  void generalManagersRejectionIsMailedToSalesAndGoesBackToTheCustomer() {
    ProcessInstance pi = startInWarranty();
    confirmQuality(pi);
    fillExchangeForm(pi);
    approve(pi, Approver.REGIONAL_MANAGER, "rita");
    approve(pi, Approver.SALES_OFFICE, "oscar");
    reject(pi, Approver.GENERAL_MANAGER, "grace", "Exchange quota for this model used up");

    assertRejectionMailedToSales(pi, "总经理", "quota");
    assertThat(status(pi.getBusinessKey())).isEqualTo("NEGOTIATION");
    negotiate(pi, "close", "Customer keeps the unit");
    assertThat(pi).isEnded().hasPassed(Ids.END_CLOSED_WITHOUT_EXCHANGE).hasNotPassed(Ids.STORE_RETURNED_UNIT);
  }

  @Test
  void manufacturersRefusalByMessageGoesBackToNegotiationWithTheReasonMailed() {
    ProcessInstance pi = approvedAndRequested();

    runtimeService.createMessageCorrelation(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(Vars.MANUFACTURER_DECISION, "refused")
        .setVariable(Vars.MANUFACTURER_NOTE, "Fault caused by wrong voltage")
        .correlate();

    assertThat(pi).hasPassed(Ids.MANUFACTURER_ANSWER_RECEIVED, Ids.REGISTER_MANUFACTURER_ANSWER)
        .hasNotPassed(Ids.ANSWER_ENTERED);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.ENTER_MANUFACTURER_ANSWER).count()).isZero();
    assertThat(records(pi.getBusinessKey(), "MANUFACTURER_ANSWER")).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("厂方拒绝换货").contains("wrong voltage").contains("（消息）"));
    assertRejectionMailedToSales(pi, "厂方", "wrong voltage");
    negotiate(pi, "close", "Customer informed");
    assertThat(pi).isEnded().hasPassed(Ids.END_CLOSED_WITHOUT_EXCHANGE);
  }

  @Test
  void lateManufacturerIsChasedEverySevenWorkingDaysUntilItsAnswerArrivesByMessage() {
    ProcessInstance pi = approvedAndRequested();
    String caseNumber = pi.getBusinessKey();

    // Requested on Monday 2 March: the first chase is due 7 working days later, Wednesday 11 March.
    Job chase = job(pi, Ids.TIMER_CHASE_MANUFACTURER);
    assertThat(chase.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 11, 10, 0)));
    ClockUtil.setCurrentTime(chase.getDuedate());
    managementService.executeJob(chase.getId());
    Task first = task(pi, Ids.CHASE_MANUFACTURER);
    assertThat(Tasks.candidateGroups(taskService, first)).containsExactly("sales-office");
    complete(pi, Ids.CHASE_MANUFACTURER, "sales-office", "oscar",
        Map.of(Vars.CHASE_NOTE, "Manufacturer checks its stock"));

    // Still no notice: again 7 working days later, Friday 20 March.
    chase = job(pi, Ids.TIMER_CHASE_MANUFACTURER);
    assertThat(chase.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 20, 10, 0)));
    ClockUtil.setCurrentTime(chase.getDuedate());
    managementService.executeJob(chase.getId());
    assertThat(task(pi, Ids.CHASE_MANUFACTURER)).isNotNull();
    assertThat(records(caseNumber, "MANUFACTURER_CHASED")).hasSize(1);

    // The answer arrives as a message: waiting, chasing and the open chase task all end.
    runtimeService.createMessageCorrelation(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(Vars.MANUFACTURER_DECISION, "accepted")
        .setVariable(Vars.PICKUP_DATE, "2026-03-27")
        .correlate();

    assertThat(pi).isWaitingAt(Ids.MAIL_CUSTOMER_EXCHANGE_CONFIRMED);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(Ids.TIMER_CHASE_MANUFACTURER).count()).isZero();
    assertThat(status(caseNumber)).isEqualTo("RETURNING_TO_MANUFACTURER");
  }

  @Test
  void outOfWarrantyProductIsNotExchangedButTurnedIntoALinkedRepairCase() {
    ProcessInstance pi = contacted(ExchangeTestFlows.startExchange(cases, runtimeService,
        LocalDate.of(2024, 11, 20), true, Map.of()));
    confirmQuality(pi);

    assertThat(pi).isWaitingAt(Ids.NEGOTIATE_WITH_CUSTOMER).hasNotPassed(Ids.FILL_EXCHANGE_FORM);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EXCHANGE_ELIGIBLE)).isEqualTo(false);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MONTHS_SINCE_PURCHASE)).isEqualTo(16);
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.REJECTION_REASON)).contains("保修");
    assertThat(records(pi.getBusinessKey(), "EXCHANGE_ELIGIBILITY")).singleElement()
        .satisfies(r -> assertThat(r.note()).startsWith("不予换货").contains("购买后 16 个月"));
    assertThat(status(pi.getBusinessKey())).isEqualTo("NEGOTIATION");

    negotiate(pi, "repair", "Customer wants a paid repair");
    assertThat(pi).isEnded().hasPassed(Ids.END_CONVERTED_TO_REPAIR);
    assertConvertedToRepair(pi);
  }

  @Test
  void exchangeStartedFromARepairCaseSkipsTheQualityCheckAndIsStartedOnlyOnce() {
    ServiceCase repairCase = ExchangeTestFlows.openCase(cases, "repair", LocalDate.of(2026, 1, 10), true);

    String exchangeCase = linkedCaseStarter.start(repairCase.caseNumber(), ExchangeProcess.CASE_TYPE,
        ExchangeProcess.PROCESS_KEY, Map.of(Vars.DAMAGE_CAUSE, "quality"));
    String again = linkedCaseStarter.start(repairCase.caseNumber(), ExchangeProcess.CASE_TYPE,
        ExchangeProcess.PROCESS_KEY, Map.of(Vars.DAMAGE_CAUSE, "quality"));

    assertThat(again).isEqualTo(exchangeCase);
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ExchangeProcess.PROCESS_KEY).processInstanceBusinessKey(exchangeCase).list();
    assertThat(instances).hasSize(1);
    ProcessInstance pi = instances.get(0);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.ORIGIN_CASE_NUMBER)).isEqualTo(repairCase.caseNumber());
    assertThat(pi).isWaitingAt(Ids.FILL_EXCHANGE_FORM).hasNotPassed(Ids.CONFIRM_QUALITY_PROBLEM);
    ServiceCase opened = cases.find(exchangeCase).orElseThrow();
    assertThat(opened.type()).isEqualTo("exchange");
    assertThat(opened.customerName()).isEqualTo(repairCase.customerName());
    assertThat(opened.serialNumber()).isEqualTo(repairCase.serialNumber());
    assertThat(opened.processInstanceId()).isEqualTo(pi.getId());
    assertThat(links.linksOf(repairCase.caseNumber())).singleElement()
        .isEqualTo(new CaseLinks.Link(exchangeCase, repairCase.caseNumber(), "exchange-of",
            links.linksOf(exchangeCase).get(0).createdAt()));
  }

  // ---------------------------------------------------------------- bad input and permissions

  @Test
  void aRejectionWithoutAReasonIsRefusedAndNothingIsRecorded() {
    ProcessInstance pi = startInWarranty();
    confirmQuality(pi);
    fillExchangeForm(pi);
    Task sign = task(pi, Ids.SIGN_AS_REGIONAL_MANAGER);
    taskService.claim(sign.getId(), "rita");

    assertThatThrownBy(() -> taskService.complete(sign.getId(),
        Map.of(Approver.REGIONAL_MANAGER.decisionVariable(), "rejected")))
        .hasMessageContaining("regionalManagerComment is required");
    assertThatThrownBy(() -> taskService.complete(sign.getId(),
        Map.of(Approver.REGIONAL_MANAGER.decisionVariable(), "maybe", Approver.REGIONAL_MANAGER.commentVariable(), "x")))
        .hasMessageContaining("regionalManagerDecision must be one of");

    assertThat(pi).isWaitingAt(Ids.SIGN_AS_REGIONAL_MANAGER);
    assertThat(records(pi.getBusinessKey(), "APPROVAL_REGIONAL_MANAGER")).isEmpty();
  }

  @Test
  void anInvalidManufacturerAnswerFailsTheCorrelationAndChangesNothing() {
    ProcessInstance pi = approvedAndRequested();

    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(Vars.MANUFACTURER_DECISION, "perhaps")
        .correlate())
        .hasMessageContaining("manufacturerDecision must be one of");

    assertThat(pi).isWaitingAt(Ids.ENTER_MANUFACTURER_ANSWER);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.MANUFACTURER_DECISION)).isNull();
    assertThat(records(pi.getBusinessKey(), "MANUFACTURER_ANSWER")).isEmpty();
  }

  @Test
  void noStaffGroupCorrelatesTheManufacturersAnswerItselfTheApplicationEntersItForTheSalesOffice() {
    ProcessInstance pi = approvedAndRequested();

    identityService.setAuthentication("mary", List.of("customer-service"));
    assertThatThrownBy(() -> correlateAccepted(pi)).isInstanceOf(AuthorizationException.class);
    identityService.setAuthentication("oscar", List.of("sales-office"));
    assertThatThrownBy(() -> correlateAccepted(pi)).isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(pi).isWaitingAt(Ids.ENTER_MANUFACTURER_ANSWER);

    manufacturerAnswers.enter(pi.getBusinessKey(), new ManufacturerAnswer(ManufacturerDecision.ACCEPTED, null, null), "oscar");

    assertThat(pi).hasPassed(Ids.REGISTER_MANUFACTURER_ANSWER).isWaitingAt(Ids.MAIL_CUSTOMER_EXCHANGE_CONFIRMED);
    assertThat(records(pi.getBusinessKey(), "MANUFACTURER_ANSWER")).singleElement()
        .satisfies(r -> assertThat(r.note()).contains("由 oscar 录入"));
  }

  @Test
  void everyUserTaskHasItsGroupAFormAndADueDateInWorkingDays() {
    ProcessInstance pi = startInWarranty();
    Task confirm = task(pi, Ids.CONFIRM_QUALITY_PROBLEM);
    assertThat(Tasks.candidateGroups(taskService, confirm)).containsExactly("sales");
    // Monday 10:00 + 1 working day.
    assertThat(confirm.getDueDate()).isEqualTo(at(MONDAY.plusDays(1)));
    // The Camunda Form bound to the task is part of the same deployment and can be fetched for Tasklist.
    try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(confirm.getId())) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"id\": \"exchange-confirm-quality-problem\"");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- steps

  private ProcessInstance startInWarranty() {
    return contacted(ExchangeTestFlows.startExchange(cases, runtimeService, LocalDate.of(2025, 12, 1), true, Map.of()));
  }

  /** The first contact beside the internal steps: the acknowledgement mail and customer service's call. */
  private ProcessInstance contacted(ProcessInstance pi) {
    executeJob(pi, Ids.SEND_ACKNOWLEDGEMENT);
    complete(pi, Ids.CONTACT_CUSTOMER, "customer-service", "mary",
        Map.of(FirstContact.CONTACT_NOTE, "Called the customer: exchange request explained, form follows"));
    return pi;
  }

  private ProcessInstance approvedAndRequested() {
    ProcessInstance pi = startInWarranty();
    confirmQuality(pi);
    fillExchangeForm(pi);
    approve(pi, Approver.REGIONAL_MANAGER, "rita");
    approve(pi, Approver.SALES_OFFICE, "oscar");
    approve(pi, Approver.GENERAL_MANAGER, "grace");
    storeReturnedUnit(pi);
    executeJob(pi, Ids.MAIL_MANUFACTURER_REQUEST);
    assertThat(pi).isWaitingAt(Ids.ENTER_MANUFACTURER_ANSWER);
    return pi;
  }

  private void confirmQuality(ProcessInstance pi) {
    complete(pi, Ids.CONFIRM_QUALITY_PROBLEM, "sales", "sally",
        Map.of(Vars.DAMAGE_CAUSE, "quality", Vars.QUALITY_FINDINGS, "Motor bearing noisy from the start"));
  }

  private void fillExchangeForm(ProcessInstance pi) {
    complete(pi, Ids.FILL_EXCHANGE_FORM, "sales", "sally", Map.of(
        Vars.EXCHANGE_REASON, "Rotor stops intermittently after ten minutes; bearing replaced twice without success",
        Vars.ORIGINAL_PACKAGING, true));
  }

  private void approve(ProcessInstance pi, Approver approver, String user) {
    complete(pi, approver.taskId(), groupOf(approver), user, Map.of(
        approver.decisionVariable(), "approved",
        approver.commentVariable(), "Checked: unit complete in its original packaging"));
  }

  private void reject(ProcessInstance pi, Approver approver, String user, String reason) {
    complete(pi, approver.taskId(), groupOf(approver), user,
        Map.of(approver.decisionVariable(), "rejected", approver.commentVariable(), reason));
  }

  private static String groupOf(Approver approver) {
    return switch (approver) {
      case REGIONAL_MANAGER -> "regional-managers";
      case SALES_OFFICE -> "sales-office";
      case GENERAL_MANAGER -> "general-manager";
    };
  }

  private void storeReturnedUnit(ProcessInstance pi) {
    complete(pi, Ids.STORE_RETURNED_UNIT, "warehouse", "walt", Map.of(
        Vars.STORAGE_LOCATION, "A-03-12", Vars.RECEIVED_IN_ORIGINAL_PACKAGING, true, Vars.EXCHANGE_FORM_ENCLOSED, true));
  }

  private void negotiate(ProcessInstance pi, String outcome, String note) {
    assertThat(pi).isWaitingAt(Ids.NEGOTIATE_WITH_CUSTOMER);
    complete(pi, Ids.NEGOTIATE_WITH_CUSTOMER, "sales", "sally",
        Map.of(Vars.NEGOTIATION_OUTCOME, outcome, Vars.NEGOTIATION_NOTE, note));
  }

  private void correlateAccepted(ProcessInstance pi) {
    runtimeService.createMessageCorrelation(ExchangeProcess.MESSAGE_MANUFACTURER_ANSWER)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(Vars.MANUFACTURER_DECISION, "accepted")
        .correlate();
  }

  private void assertRejectionMailedToSales(ProcessInstance pi, String rejectedBy, String reason) {
    assertThat(pi).isWaitingAt(Ids.MAIL_REJECTION_TO_SALES);
    executeJob(pi, Ids.MAIL_REJECTION_TO_SALES);
    assertThat(mails(pi.getBusinessKey(), "exchange-rejected")).singleElement().satisfies(mail -> {
      assertThat(mail.recipient()).isEqualTo("sally@aftersales.example");
      assertThat(mail.subject()).contains(pi.getBusinessKey()).contains(rejectedBy);
      assertThat(mail.body()).contains(reason).contains("2 个工作日");
    });
    assertThat(status(pi.getBusinessKey())).isEqualTo("NEGOTIATION");
    assertThat(task(pi, Ids.NEGOTIATE_WITH_CUSTOMER)).isNotNull();
  }

  private void assertConvertedToRepair(ProcessInstance pi) {
    String caseNumber = pi.getBusinessKey();
    String repairCase = links.findLinkedFrom(caseNumber, CaseLinks.REPAIR_OF).orElseThrow();
    assertThat(repairCase).isNotEqualTo(caseNumber);
    ServiceCase repair = cases.find(repairCase).orElseThrow();
    assertThat(repair.type()).isEqualTo("repair");
    assertThat(repair.customerName()).isEqualTo("Li Na");
    assertThat(repair.productModel()).isEqualTo("Centrifuge C-200");
    ProcessInstance repairInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("repair").processInstanceBusinessKey(repairCase).singleResult();
    assertThat(repairInstance).isNotNull();
    assertThat(repair.processInstanceId()).isEqualTo(repairInstance.getId());
    assertThat(runtimeService.getVariable(repairInstance.getId(), "originCaseNumber")).isEqualTo(caseNumber);
    assertThat(runtimeService.getVariable(repairInstance.getId(), "damageCause")).isEqualTo("quality");
    ServiceCase exchange = cases.find(caseNumber).orElseThrow();
    assertThat(exchange.status()).isEqualTo("CONVERTED_TO_REPAIR");
    assertThat(exchange.closedAt()).isNotNull();
    assertThat(records(caseNumber, "CONVERTED_TO_REPAIR")).singleElement()
        .satisfies(r -> assertThat(r.note()).contains(repairCase));
  }

  // ---------------------------------------------------------------- engine helpers

  private void complete(ProcessInstance pi, String taskKey, String group, String user, Map<String, Object> variables) {
    Task task = task(pi, taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    assertThat(Tasks.candidateGroups(taskService, task)).containsExactly(group);
    assertThat(task.getDueDate()).as("due date of %s", taskKey).isNotNull();
    taskService.claim(task.getId(), user);
    taskService.complete(task.getId(), new HashMap<>(variables));
  }

  private Task task(ProcessInstance pi, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().desc().list().stream().findFirst().orElse(null);
  }

  private Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private void executeJob(ProcessInstance pi, String activityId) {
    Jobs.executeAt(managementService, pi.getId(), activityId);
  }


  private String status(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().status();
  }

  private List<ServiceRecord> records(String caseNumber, String action) {
    return cases.records(caseNumber).stream().filter(r -> action.equals(r.action())).toList();
  }

  private List<OutboxEntry> mails(String caseNumber, String template) {
    return Mails.of(outbox, caseNumber, template);
  }

  private int ledgerRows(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_ledger WHERE case_number = ?", Integer.class, caseNumber);
  }
}
