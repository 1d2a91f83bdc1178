package com.aftersales.flows.installation;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.flows.ServiceTypeFlowTest;
import com.aftersales.cases.CaseLinks;
import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.flows.installation.InstallationProcess.Status;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import com.aftersales.mail.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of installation.bpmn on the real engine, the engine clock moved to fire the 24-hour follow-up. */
class InstallationProcessTest extends ServiceTypeFlowTest {

  /** Monday 09:00 in Shanghai, outside every configured holiday. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");
  static final String VISIT_DAY = "2031-03-05";
  /** The visit day's end, 18:00 in Shanghai. */
  static final Instant VISIT_DUE = Instant.parse("2031-03-05T10:00:00Z");

  @Autowired CaseLinks links;
  @Autowired InstallationRepository installations;

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("000 第三篇 §2, 004 3.3/3.7/4.6, 000 第四篇(二)1: visit agreed within 24 hours, two installers, checklist and signature, invoice, follow-up call 24 hours after")
  void smallDeliveryIsInstalledSignedInvoicedAndFollowedUp() {
    ProcessInstance pi = cases.start("installation", "Deliver and set up the CP-3000 in the office");
    String caseNumber = pi.getBusinessKey();

    assertThat(pi).hasPassed(Elements.REGISTER, Elements.SEND_ACKNOWLEDGEMENT);
    Task contact = cases.task(pi, Elements.CONTACT_CUSTOMER);
    assertThat(contact).hasCandidateGroup("customer-service");
    assertThat(contact.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));
    assertThat(templates(caseNumber)).containsExactly("installation-acknowledgement");

    cases.complete(pi, Elements.CONTACT_CUSTOMER, schedule("small", false));
    assertThat(pi).hasNotPassed(Elements.NOTIFY_FACTORY);
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
    Task assign = cases.task(pi, Elements.ASSIGN_TEAM);
    assertThat(assign).hasCandidateGroup("service-managers");
    assertThat(assign.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofDays(1))));

    cases.complete(pi, Elements.ASSIGN_TEAM, vars(Vars.TEAM_LEADER, "Wang Qiang", Vars.INSTALLERS, "Zhao Lei"));
    assertThat(pi).hasPassed(Elements.SEND_APPOINTMENT);
    OutboxEntry appointment = mail(caseNumber, "installation-appointment");
    assertThat(appointment.body()).contains(VISIT_DAY).contains("Wang Qiang, Zhao Lei");
    Task install = cases.task(pi, Elements.INSTALL_AND_COMMISSION);
    assertThat(install).hasCandidateGroup("engineers");
    assertThat(install.getDueDate()).isEqualTo(Date.from(VISIT_DUE));

    Instant done = Instant.parse("2031-03-05T06:00:00Z");
    ClockUtil.setCurrentTime(Date.from(done));
    cases.complete(pi, Elements.INSTALL_AND_COMMISSION, commissioning("none", null));
    assertThat(pi).hasPassed(Elements.REQUEST_INVOICE).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    assertThat(recipients(caseNumber, "installation-invoice-request")).contains("fiona@aftersales.example");
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.INSTALLED);

    cases.advanceTo(done.plus(Duration.ofHours(23)), pi);
    assertThat(pi).isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    cases.advanceTo(done.plus(Duration.ofHours(24)).plusSeconds(1), pi);
    Task followUp = cases.task(pi, Elements.FOLLOW_UP_CALL);
    assertThat(followUp).hasCandidateGroup("customer-service");
    cases.complete(pi, Elements.FOLLOW_UP_CALL, vars(Vars.SATISFACTION_SCORE, 5L, Vars.FOLLOW_UP_NOTE, "Works well"));

    assertThat(pi).isEnded().hasPassed(Elements.END_CLOSED);
    Installation record = installations.find(caseNumber).orElseThrow();
    assertThat(record.installerCount()).isEqualTo(2);
    assertThat(record.customerSignedAt()).isEqualTo(done);
    assertThat(record.visitDate()).isEqualTo(LocalDate.parse(VISIT_DAY));
    assertThat(record.satisfactionScore()).isEqualTo(5);
    assertThat(caseService.find(caseNumber).orElseThrow().status()).isEqualTo(Status.CLOSED);
  }

  @Test
  @DisplayName("000 §2.3.2: a large imported instrument brings the factory in at once, even when nobody ticks factory assistance")
  void largeImportedInstrumentNotifiesTheFactory() {
    ProcessInstance pi = cases.start("installation", "Install the imported press");
    cases.complete(pi, Elements.CONTACT_CUSTOMER, schedule("large-imported", false));

    assertThat(pi).hasPassed(Elements.NOTIFY_FACTORY).isWaitingAt(Elements.ASSIGN_TEAM);
    OutboxEntry factory = mail(pi.getBusinessKey(), "installation-factory-request");
    assertThat(factory.recipient()).isEqualTo("factory@example.com");
    assertThat(factory.body()).contains("大型进口仪器").contains(VISIT_DAY);
  }

  @Test
  @DisplayName("004 3.3: a team of fewer than two is refused and the assignment stays open")
  void teamOfOneIsRefused() {
    ProcessInstance pi = cases.start("installation", "Deliver a small scanner");
    cases.complete(pi, Elements.CONTACT_CUSTOMER, schedule("small", false));
    Task assign = cases.task(pi, Elements.ASSIGN_TEAM);

    assertThatThrownBy(() -> taskService.complete(assign.getId(),
        vars(Vars.TEAM_LEADER, "Wang Qiang", Vars.INSTALLERS, "Wang Qiang")))
        .hasMessageContaining("at least 2");
    assertThat(pi).isWaitingAt(Elements.ASSIGN_TEAM);
  }

  @Test
  @DisplayName("004 3.7: the team does not leave before the customer signs; 4.6 every key part checked")
  void installationWithoutSignatureOrChecklistIsRefused() {
    ProcessInstance pi = scheduledAndAssigned("Deliver a cabinet");
    Task install = cases.task(pi, Elements.INSTALL_AND_COMMISSION);

    Map<String, Object> unsigned = commissioning("none", null);
    unsigned.put(Vars.CUSTOMER_SIGNED, false);
    assertThatThrownBy(() -> taskService.complete(install.getId(), unsigned)).hasMessageContaining("customerSigned");
    Map<String, Object> unchecked = commissioning("none", null);
    unchecked.put(Vars.KEY_PARTS_CHECKED, false);
    assertThatThrownBy(() -> taskService.complete(install.getId(), unchecked)).hasMessageContaining("keyPartsChecked");
    assertThat(pi).isWaitingAt(Elements.INSTALL_AND_COMMISSION);
  }

  @Test
  @DisplayName("004 跟单3.7 如有遗漏问题须在记录上写清楚 (issue 19): a fault found on site opens a linked repair case")
  void faultFoundOnSiteOpensARepairCase() {
    ProcessInstance pi = scheduledAndAssigned("Deliver and set up a copier");
    cases.complete(pi, Elements.INSTALL_AND_COMMISSION, commissioning("repair", "Feeder jams on every 10th sheet"));

    assertThat(pi).hasPassed(Elements.OPEN_REPAIR_CASE, Elements.REQUEST_INVOICE).hasNotPassed(Elements.OPEN_PARTS_CASE);
    String repair = (String) runtimeService.getVariable(pi.getId(), "followOnCaseNumber");
    assertThat(caseService.find(repair).orElseThrow().type()).isEqualTo("repair");
    assertThat(links.linksOf(pi.getBusinessKey())).anySatisfy(l -> assertThat(l.relation()).isEqualTo("repair-of"));
    assertThat(installations.find(pi.getBusinessKey()).orElseThrow().problemNote()).contains("Feeder");
  }

  @Test
  @DisplayName("004 跟单3.7 如有遗漏问题须在记录上写清楚, 4.6 安装结束检查所有关键部位 (issue 19): a missing or damaged part"
      + " found on site opens a linked parts case")
  void missingPartFoundOnSiteOpensAPartsCase() {
    ProcessInstance pi = scheduledAndAssigned("Deliver a wardrobe");
    cases.complete(pi, Elements.INSTALL_AND_COMMISSION, commissioning("parts", "One door panel scratched"));

    assertThat(pi).hasPassed(Elements.OPEN_PARTS_CASE).hasNotPassed(Elements.OPEN_REPAIR_CASE);
    String parts = (String) runtimeService.getVariable(pi.getId(), "followOnCaseNumber");
    assertThat(caseService.find(parts).orElseThrow().type()).isEqualTo("parts");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(parts)
        .processDefinitionKey("parts-approval").count()).isEqualTo(1);
  }

  private ProcessInstance scheduledAndAssigned(String description) {
    ProcessInstance pi = cases.start("installation", description);
    cases.complete(pi, Elements.CONTACT_CUSTOMER, schedule("batch", false));
    cases.complete(pi, Elements.ASSIGN_TEAM, vars(Vars.TEAM_LEADER, "Wang Qiang", Vars.INSTALLERS, "Zhao Lei、Sun Li"));
    return pi;
  }

  private static Map<String, Object> schedule(String scope, boolean factory) {
    return vars(Vars.SCOPE, scope, Vars.FACTORY_ASSISTANCE, factory, Vars.VISIT_DATE, VISIT_DAY,
        Vars.APPOINTMENT_NOTE, "Call 30 minutes ahead");
  }

  private static Map<String, Object> commissioning(String problem, String note) {
    return vars(Vars.KEY_PARTS_CHECKED, true, Vars.COMMISSIONING_OK, true, Vars.SITE_CLEANED, true,
        Vars.CARE_EXPLAINED, true, Vars.CUSTOMER_SIGNED, true, Vars.SITE_PROBLEM, problem, Vars.FOLLOW_ON_NOTE, note);
  }


}
