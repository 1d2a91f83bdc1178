package com.aftersales.flows.installation;

import static com.aftersales.flows.ServiceTypeCases.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.ServiceTypeFlowTest;
import com.aftersales.flows.installation.InstallationProcess.Actions;
import com.aftersales.flows.installation.InstallationProcess.Elements;
import com.aftersales.flows.installation.InstallationProcess.Vars;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Damage the installers cause on site (004 跟单4.5) on the real engine, the engine clock at the visit. */
class InstallationDamageTest extends ServiceTypeFlowTest {

  /** Monday 09:00 in Shanghai, outside every configured holiday. */
  static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");
  static final String VISIT_DAY = "2031-03-05";

  @Override
  protected Instant startTime() {
    return T0;
  }

  @Test
  @DisplayName("004 跟单4.5 安装中损坏地板、墙面的由物流经理安排修复或赔偿,费用由安装人员承担: the damage recorded at the sign-off goes to logistics, which arranges the repair at the installers' cost, before the invoice")
  void damageIsRepairedAtTheInstallersCost() {
    ProcessInstance pi = assigned("Deliver and install the wardrobe");
    String caseNumber = pi.getBusinessKey();
    Instant visit = Instant.parse("2031-03-05T06:00:00Z");
    ClockUtil.setCurrentTime(Date.from(visit));
    cases.complete(pi, Elements.INSTALL_AND_COMMISSION, commissioning(vars(Vars.SITE_DAMAGED, true,
        Vars.DAMAGE_DESCRIPTION, "卧室木地板划伤约30厘米")));

    assertThat(pi).isWaitingAt(Elements.ARRANGE_DAMAGE_REPAIR).hasNotPassed(Elements.REQUEST_INVOICE);
    Task arrange = cases.task(pi, Elements.ARRANGE_DAMAGE_REPAIR);
    assertThat(arrange).hasCandidateGroup("warehouse");
    // two working days (the project's choice): Wednesday 14:00 → Friday 14:00
    assertThat(arrange.getDueDate()).isEqualTo(Date.from(visit.plus(Duration.ofDays(2))));
    assertThat(record(caseNumber, Actions.DAMAGE_REPORTED).note())
        .contains("卧室木地板划伤约30厘米", "Wang Qiang", "Zhao Lei");

    cases.complete(pi, Elements.ARRANGE_DAMAGE_REPAIR, vars(Vars.DAMAGE_REMEDY, "repair",
        Vars.DAMAGE_ARRANGEMENT, "周五由地板厂家上门修补", Vars.DAMAGE_COST, 350.5));

    assertThat(pi).hasPassed(Elements.RECORD_DAMAGE_SETTLEMENT, Elements.REQUEST_INVOICE)
        .isWaitingAt(Elements.TIMER_FOLLOW_UP_DUE);
    ServiceRecord settled = record(caseNumber, Actions.DAMAGE_SETTLED);
    assertThat(settled.fee()).isEqualByComparingTo(new BigDecimal("350.50"));
    assertThat(settled.note()).contains("修复", "周五由地板厂家上门修补", "350.50 元由安装人员承担", "Zhao Lei");
  }

  @Test
  @DisplayName("004 跟单4.5: damage without a description, or a settlement without its cost, is refused and the task stays open; no damage goes straight on")
  void incompleteDamageRecordsAreRefused() {
    ProcessInstance pi = assigned("Install the shoe cabinet");
    Task install = cases.task(pi, Elements.INSTALL_AND_COMMISSION);
    assertThatThrownBy(() -> taskService.complete(install.getId(), commissioning(vars(Vars.SITE_DAMAGED, true))))
        .hasMessageContaining("damageDescription");
    assertThat(pi).isWaitingAt(Elements.INSTALL_AND_COMMISSION);

    cases.complete(pi, Elements.INSTALL_AND_COMMISSION, commissioning(vars(Vars.SITE_DAMAGED, true,
        Vars.DAMAGE_DESCRIPTION, "门框墙面掉漆")));
    Task arrange = cases.task(pi, Elements.ARRANGE_DAMAGE_REPAIR);
    assertThatThrownBy(() -> taskService.complete(arrange.getId(), vars(Vars.DAMAGE_REMEDY, "compensate",
        Vars.DAMAGE_ARRANGEMENT, "赔偿客户")))
        .hasMessageContaining("damageCost");
    assertThat(pi).isWaitingAt(Elements.ARRANGE_DAMAGE_REPAIR);

    ProcessInstance clean = assigned("Install the bookshelf");
    cases.complete(clean, Elements.INSTALL_AND_COMMISSION, commissioning(vars()));
    assertThat(clean).hasNotPassed(Elements.ARRANGE_DAMAGE_REPAIR).hasPassed(Elements.REQUEST_INVOICE);
  }

  private ServiceRecord record(String caseNumber, String action) {
    return caseService.records(caseNumber).stream().filter(r -> r.action().equals(action)).findFirst().orElseThrow();
  }

  private ProcessInstance assigned(String description) {
    ProcessInstance pi = cases.start("installation", description);
    cases.complete(pi, Elements.CONTACT_CUSTOMER, vars(Vars.SCOPE, "small", Vars.FACTORY_ASSISTANCE, false,
        Vars.VISIT_DATE, VISIT_DAY, Vars.APPOINTMENT_NOTE, "Call ahead"));
    cases.complete(pi, Elements.ASSIGN_TEAM, vars(Vars.TEAM_LEADER, "Wang Qiang", Vars.INSTALLERS, "Zhao Lei"));
    return pi;
  }

  private static Map<String, Object> commissioning(Map<String, Object> more) {
    Map<String, Object> v = new java.util.HashMap<>(vars(Vars.KEY_PARTS_CHECKED, true, Vars.COMMISSIONING_OK, true,
        Vars.SITE_CLEANED, true, Vars.CARE_EXPLAINED, true, Vars.CUSTOMER_SIGNED, true, Vars.SITE_PROBLEM, "none"));
    v.putAll(more);
    return v;
  }
}
