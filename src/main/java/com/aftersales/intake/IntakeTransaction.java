package com.aftersales.intake;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.cases.NewCase;
import com.aftersales.customers.CustomerIntake;
import com.aftersales.flows.repeatrepair.RepeatRepairReviews;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One intake as one transaction: the case row, its intake record and the started process instance
 * (the engine joins Spring's transaction) commit together or not at all.
 */
@Component
class IntakeTransaction {

  static final String INTAKE_RECORD = "INTAKE";

  private final CaseService cases;
  private final FlowRegistry flows;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtimeService;
  private final CustomerIntake customers;
  private final RepeatRepairReviews repeatRepairs;

  IntakeTransaction(
      CaseService cases,
      FlowRegistry flows,
      WorkingDayCalendar calendar,
      RuntimeService runtimeService,
      CustomerIntake customers,
      RepeatRepairReviews repeatRepairs) {
    this.cases = cases;
    this.flows = flows;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.customers = customers;
    this.repeatRepairs = repeatRepairs;
  }

  /** @return the new case, or empty when a case with the same external reference exists already */
  @Transactional
  public Optional<Opened> open(NewCase request, String staffUserId) {
    if (request.externalReference() != null
        && cases.findByExternalReference(request.externalReference()).isPresent()) {
      return Optional.empty();
    }
    FlowRegistry.Flow flow = flows.flowFor(request.type());
    if (!flows.isDeployed(flow)) {
      throw new FlowNotDeployedException(request.type(), flow.processKey());
    }
    CustomerIntake.Match customer = customers.resolve(
        request, staffUserId, LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone()));
    ServiceCase opened = cases.open(customer.request());
    cases.attachProduct(opened.caseNumber(), customer.productId());
    customers.flagRepeatRepair(opened.caseNumber(), opened.type(), customer.productId(), opened.openedAt())
        .ifPresent(earlier -> repeatRepairs.open(opened.caseNumber(), earlier));
    Date responseDueAt =
        calendar.plus(Date.from(opened.openedAt()), flow.responseCommitment());
    cases.addRecord(
        opened.caseNumber(),
        new ServiceRecord(
            INTAKE_RECORD,
            null,
            null,
            null,
            "已登记（渠道 " + opened.channel() + "）；须在 " + commitmentText(flow.responseCommitment())
                + " 内联系客户",
            staffUserId,
            opened.openedAt()));
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceByKey(flow.processKey())
            .businessKey(opened.caseNumber())
            .setVariables(CaseVariables.of(opened, responseDueAt))
            .execute();
    cases.attachProcessInstance(opened.caseNumber(), instance.getId());
    return Optional.of(new Opened(opened.caseNumber(), responseDueAt));
  }

  record Opened(String caseNumber, Date responseDueAt) {}

  /** A commitment of the calendar ("24 hours", "2 working days") as staff read it: "24 小时", "2 个工作日". */
  static String commitmentText(String commitment) {
    return commitment.replace("working days", "个工作日").replace("working day", "个工作日")
        .replace("hours", "小时").replace("hour", "小时").replace("days", "天").replace("day", "天");
  }
}
