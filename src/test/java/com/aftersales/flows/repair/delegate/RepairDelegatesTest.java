package com.aftersales.flows.repair.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseVariables;
import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.cases.WarrantyProperties;
import com.aftersales.flows.repair.EngineerLevels;
import com.aftersales.flows.repair.LabourPricing;
import com.aftersales.flows.repair.RepairProcess.EngineerLevel;
import com.aftersales.flows.repair.RepairProcess.RepairDifficulty;
import com.aftersales.flows.repair.RepairService;
import com.aftersales.stock.PartsCharges;
import com.aftersales.flows.repair.RepairProcess.Status;
import com.aftersales.flows.repair.RepairProcess.Vars;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delegates read typed inputs, call the service and write typed outputs; bad inputs stop the step. */
class RepairDelegatesTest {

  private static final String CASE = "AS-2026-000007";

  private final RepairService records = mock(RepairService.class);
  private final DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);

  RepairDelegatesTest() {
    when(execution.getProcessBusinessKey()).thenReturn(CASE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void warrantyPeriodIsMeasuredOnTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-20T10:00:00Z")));
    when(execution.getVariable(CaseVariables.PURCHASE_DATE)).thenReturn("2025-06-10");
    when(execution.getVariable(CaseVariables.PURCHASE_PROOF)).thenReturn(null);
    when(execution.getVariable(Vars.DAMAGE_CAUSE)).thenReturn("quality");

    new WarrantyPeriodDelegate(new WarrantyPeriod(new WarrantyProperties(18), WorkingDayCalendar.weekdaysOnly()))
        .execute(execution);

    verify(execution).setVariable(Vars.MONTHS_SINCE_PURCHASE, 13);
    verify(execution).setVariable(Vars.WARRANTY_MONTHS, 18);
    verify(execution).setVariable(CaseVariables.PURCHASE_PROOF, false);
    verify(execution).setVariable(Vars.DAMAGE_CAUSE, "quality");
  }

  @Test
  void assessmentWithAnUnknownResolutionIsRejected() {
    when(execution.getVariable(Vars.RESOLUTION)).thenReturn("ignore");
    assertThatThrownBy(() -> new RecordAssessmentDelegate(records).execute(execution))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
    verify(records, never()).assessment(any(), any(), any(), any(), any());
  }

  @Test
  void factoryAssessmentPresetsTheRouteAndAMissingCauseIsUnknown() {
    when(execution.getVariable(Vars.RESOLUTION)).thenReturn("factory");
    when(execution.getVariable(Vars.DAMAGE_CAUSE)).thenReturn(null);
    when(execution.getVariable(Vars.ASSESSMENT_NOTES)).thenReturn("Ship it");
    when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);

    new RecordAssessmentDelegate(records).execute(execution);

    verify(execution).setVariable(Vars.DAMAGE_CAUSE, "unknown");
    verify(execution).setVariable(Vars.REPAIR_ROUTE, "factory");
    verify(records).assessment(CASE, "factory", "unknown", "Ship it", null);
  }

  static final com.aftersales.calendar.StaffTimes SHANGHAI =
      com.aftersales.calendar.StaffTimes.in(java.time.ZoneId.of("Asia/Shanghai"));

  @Test
  void dispatchTurnsTheAppointmentIntoADate() {
    when(execution.getVariable(Vars.ENGINEER)).thenReturn("eric");
    when(execution.getVariable(Vars.APPOINTMENT)).thenReturn("2026-03-03T18:00+08:00");
    when(execution.getProcessEngineServices().getIdentityService().createUserQuery().userId("eric")
        .memberOfGroup("engineers").count()).thenReturn(1L);

    new RecordDispatchDelegate(records, SHANGHAI).execute(execution);

    verify(execution).setVariable(Vars.APPOINTMENT_AT, Date.from(Instant.parse("2026-03-03T10:00:00Z")));
    verify(execution).setVariable(Vars.APPOINTMENT_AT_TEXT, "2026-03-03 18:00 (Asia/Shanghai)");
    verify(records).dispatch(CASE, "eric", "2026-03-03 18:00 (Asia/Shanghai)");
  }

  @Test
  void dispatchWithoutEngineerIsRejected() {
    when(execution.getVariable(Vars.ENGINEER)).thenReturn(" ");
    assertThatThrownBy(() -> new RecordDispatchDelegate(records, SHANGHAI).execute(execution))
        .hasMessageContaining("engineer");
    verify(records, never()).dispatch(anyString(), anyString(), anyString());
  }

  @Test
  void dispatchToSomeoneWhoIsNoEngineerIsRejected() {
    when(execution.getVariable(Vars.ENGINEER)).thenReturn("mary");
    when(execution.getVariable(Vars.APPOINTMENT)).thenReturn("2026-03-03T10:00Z");
    when(execution.getProcessEngineServices().getIdentityService().createUserQuery().userId("mary")
        .memberOfGroup("engineers").count()).thenReturn(0L);
    assertThatThrownBy(() -> new RecordDispatchDelegate(records, SHANGHAI).execute(execution))
        .hasMessageContaining("mary").hasMessageContaining("engineers");
    verify(records, never()).dispatch(anyString(), anyString(), anyString());
  }

  @Test
  void quoteTotalIsKeptAsPlainText() {
    when(execution.getVariable(Vars.REPAIR_DIFFICULTY)).thenReturn("standard");
    when(execution.getVariable(Vars.PARTS_COST)).thenReturn(150.5);
    EngineerLevels levels = mock(EngineerLevels.class);
    when(levels.pricedLevel(null)).thenReturn(EngineerLevel.INTERMEDIATE);
    LabourPricing pricing = mock(LabourPricing.class);
    when(pricing.labourCost(EngineerLevel.INTERMEDIATE, RepairDifficulty.STANDARD)).thenReturn(new BigDecimal("200"));
    PartsCharges charges = mock(PartsCharges.class);
    when(charges.of(CASE, true)).thenReturn(new PartsCharges.Charge(CASE, true, new BigDecimal("0.10"),
        java.util.List.of(), new BigDecimal("22.00")));
    when(records.quote(eq(CASE), any())).thenReturn(new BigDecimal("372.5"));

    new RecordQuoteDelegate(records, levels, pricing, charges).execute(execution);

    verify(execution).setVariable(Vars.QUOTE_TOTAL, "372.5");
    verify(execution).setVariable(Vars.LABOUR_COST, "200");
    verify(execution).setVariable(Vars.PARTS_COST, "172.50");
    verify(execution).setVariable(Vars.ENGINEER_LEVEL, "intermediate");
  }

  @Test
  void everyEscalationIsCounted() {
    when(execution.getVariable(Vars.ESCALATIONS)).thenReturn(1);
    when(execution.getVariable(Vars.EXPERT_ADVICE)).thenReturn("Replace the sensor");

    new RecordEscalationDelegate(records).execute(execution);

    verify(records).escalation(CASE, 2, null, "Replace the sensor");
    verify(execution).setVariable(Vars.ESCALATIONS, 2);
  }

  @Test
  void diagnosisNeedsAKnownRoute() {
    when(execution.getVariable(Vars.REPAIR_ROUTE)).thenReturn("somewhere");
    when(execution.getVariable(Vars.DAMAGE_CAUSE)).thenReturn("quality");
    assertThatThrownBy(() -> new RecordDiagnosisDelegate(records, null).execute(execution))
        .hasMessageContaining("repairRoute");
    verify(execution, never()).setVariable(Vars.DIAGNOSED, true);
  }

  @Test
  void closingUsesTheStepsFinalStatus() {
    when(execution.getVariableLocal(Vars.FINAL_STATUS)).thenReturn(Status.COMPLETED);
    new CloseRepairCaseDelegate(records).execute(execution);
    verify(records).close(CASE, Status.COMPLETED);
  }

  @Test
  void followUpSatisfactionBecomesAnInteger() {
    when(execution.getVariable(Vars.SATISFACTION)).thenReturn(3L);
    new RecordFollowUpDelegate(records).execute(execution);
    verify(records).followUp(CASE, 3, null);
    verify(execution).setVariable(Vars.SATISFACTION, 3);
  }

  @Test
  void repairReportNeedsToSayWhatBecameOfTheOldParts() {
    when(execution.getVariable(Vars.OLD_PARTS)).thenReturn(null);
    assertThatThrownBy(() -> new RecordRepairReportDelegate(records).execute(execution))
        .hasMessageContaining("oldParts");
  }
}
