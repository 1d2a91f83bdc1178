package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.flows.repair.RepairProcess.Actions;
import com.aftersales.flows.repair.RepairProcess.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RepairServiceTest {

  private static final String CASE = "AS-2026-000042";

  private final CaseService cases = mock(CaseService.class);
  private final RepairService records = new RepairService(cases);

  private ServiceRecord recorded() {
    ArgumentCaptor<ServiceRecord> captor = ArgumentCaptor.forClass(ServiceRecord.class);
    verify(cases).addRecord(eq(CASE), captor.capture());
    return captor.getValue();
  }

  @Test
  void quoteIsLabourPlusQuotedAndStockedPartsRecordedAsTheFee() {
    BigDecimal total = records.quote(CASE, new RepairService.Quote(RepairProcess.EngineerLevel.SENIOR,
        RepairProcess.RepairDifficulty.STANDARD, new BigDecimal("200"), new BigDecimal("100.50"), new BigDecimal("50"),
        "PSU"));

    assertThat(total).isEqualByComparingTo("350.50");
    ServiceRecord quote = recorded();
    assertThat(quote.action()).isEqualTo(Actions.QUOTE);
    assertThat(quote.fee()).isEqualByComparingTo("350.50");
    assertThat(quote.note()).contains("人工费 200 元（senior 级工程师，standard 难度）").contains("配件费 150.50 元")
        .contains("含库存配件按成本加管理费 50").contains("PSU");
    verify(cases).updateStatus(CASE, Status.AWAITING_QUOTE_ANSWER);
  }

  @Test
  void negativeQuoteWritesNothing() {
    assertThatThrownBy(() -> records.quote(CASE, new RepairService.Quote(RepairProcess.EngineerLevel.JUNIOR,
        RepairProcess.RepairDifficulty.SIMPLE, new BigDecimal("100"), new BigDecimal("-1"), BigDecimal.ZERO, null)))
        .isInstanceOf(IllegalArgumentException.class);
    verifyNoInteractions(cases);
  }

  @Test
  void invalidWarrantyDecisionWritesNothing() {
    assertThatThrownBy(() -> records.warrantyDecision(CASE, null, "no rule matched"))
        .isInstanceOf(IllegalStateException.class);
    verifyNoInteractions(cases);
  }

  @Test
  void warrantyDecisionIsRecordedWithItsReason() {
    records.warrantyDecision(CASE, RepairProcess.Coverage.CHARGEABLE, "Outside the warranty period");
    assertThat(recorded().note()).isEqualTo("chargeable: Outside the warranty period");
  }

  @Test
  void satisfactionOutsideOneToFiveIsRejected() {
    assertThatThrownBy(() -> records.followUp(CASE, 0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.followUp(CASE, 6, null)).isInstanceOf(IllegalArgumentException.class);
    verifyNoInteractions(cases);
  }

  @Test
  void followUpRecordsSatisfactionAndComments() {
    records.followUp(CASE, 2, "Engineer was late");
    ServiceRecord followUp = recorded();
    assertThat(followUp.action()).isEqualTo(Actions.FOLLOW_UP);
    assertThat(followUp.note()).isEqualTo("满意度 2/5；Engineer was late");
  }

  @Test
  void exchangeHandOverIsRecordedAndClosesTheCase() {
    records.handOverToExchange(CASE, "AS-2026-000099", "Dead on arrival");
    ServiceRecord handOver = recorded();
    assertThat(handOver.action()).isEqualTo(Actions.EXCHANGE_HANDOVER);
    assertThat(handOver.note()).isEqualTo("已转交换货案件 AS-2026-000099；Dead on arrival");
    verify(cases).close(CASE, Status.HANDED_OVER_TO_EXCHANGE);
  }

  @Test
  void repairReportNamesEngineerPartsAndOldParts() {
    records.repairReport(CASE, "eric", "PSU faulty", "PSU-200", "returned", null);
    ServiceRecord report = recorded();
    assertThat(report.engineer()).isEqualTo("eric");
    assertThat(report.partsUsed()).isEqualTo("PSU-200");
    assertThat(report.note()).isEqualTo("故障：PSU faulty；旧配件：returned");
    verify(cases).updateStatus(CASE, Status.AWAITING_REPORT_APPROVAL);
  }

  @Test
  @DisplayName("003 三.5: a report returned without saying what to change writes nothing")
  void returnedReportNeedsItsReason() {
    assertThatThrownBy(() -> records.reportApproval(CASE, RepairProcess.ReportApproval.RETURNED, " ", "sam", false))
        .hasMessageStartingWith("reportApprovalNotes");
    verifyNoInteractions(cases);
  }

  @Test
  @DisplayName("003 四.2: a failed spot check is recorded, and recorded against the engineer whose repair it was")
  void failedSpotCheckIsRecordedAgainstTheEngineer() {
    records.spotCheck(CASE, RepairProcess.SpotCheckMethod.PHONE, RepairProcess.SpotCheckResult.FAILED,
        "Still noisy", "sam", "eric");
    ArgumentCaptor<ServiceRecord> captor = ArgumentCaptor.forClass(ServiceRecord.class);
    verify(cases, org.mockito.Mockito.times(2)).addRecord(eq(CASE), captor.capture());
    assertThat(captor.getAllValues()).extracting(ServiceRecord::action)
        .containsExactly(Actions.SPOT_CHECK, Actions.SPOT_CHECK_FAILED);
    assertThat(captor.getAllValues().get(0).recordedBy()).isEqualTo("sam");
    assertThat(captor.getAllValues().get(1).engineer()).isEqualTo("eric");
    assertThat(captor.getAllValues().get(1).recordedBy()).isEqualTo("eric");
    verify(cases).updateStatus(CASE, Status.REWORK);
  }

  @Test
  void paymentIsRecordedAsFee() {
    records.payment(CASE, new BigDecimal("350"), "BANK-1");
    assertThat(recorded().fee()).isEqualByComparingTo("350");
    assertThatThrownBy(() -> records.payment(CASE, new BigDecimal("-5"), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closingRecordsTheFinalStatus() {
    records.close(CASE, Status.QUOTE_DECLINED);
    assertThat(recorded().note()).isEqualTo("结案：QUOTE_DECLINED");
    verify(cases).close(CASE, Status.QUOTE_DECLINED);
  }
}
