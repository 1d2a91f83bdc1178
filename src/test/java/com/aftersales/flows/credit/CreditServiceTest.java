package com.aftersales.flows.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditEntry;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.customers.Receivable;
import com.aftersales.customers.Receivables;
import com.aftersales.customers.SecrecyLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The credit rules of CreditService without an engine or a database: the archive's classes are stand-ins. */
class CreditServiceTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Monday 7 December 2026, 10:00 in Shanghai. */
  static final Instant NOW = LocalDate.of(2026, 12, 7).atTime(10, 0).atZone(SHANGHAI).toInstant();
  static final long ID = 41;

  CustomerService customerService = mock(CustomerService.class);
  CustomerRepository repository = mock(CustomerRepository.class);
  Receivables receivables = mock(Receivables.class);
  CreditService credit = new CreditService(customerService, repository, receivables,
      new WorkingDayCalendar(Set.of(), Set.of(), SHANGHAI, () -> Date.from(NOW)));

  static Customer customer(CreditGrade grade, String limit) {
    return new Customer(ID, new NewCustomer(CustomerKind.ORGANISATION, "华东仪器有限公司", "王经理", null, null, null,
        "华东", "sally", Classification.NORMAL, grade, new BigDecimal(limit), LocalDate.of(2026, 12, 1),
        SecrecyLevel.SECRET), null, NOW);
  }

  @BeforeEach
  void archive() {
    when(customerService.get(ID)).thenReturn(customer(CreditGrade.B, "10000.00"));
    when(repository.creditHistory(anyLong())).thenReturn(List.of());
  }

  @Test
  @DisplayName("002 二(三) 3.2.3: a B customer left without a date is reviewed again in three months")
  void nextReviewDefaultsToTheNewGradesPeriod() {
    credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.B, new BigDecimal("20000.00"), null,
        "按时付款，额度提高到两万元", "fiona");

    verify(repository).updateCredit(ID, CreditGrade.B, new BigDecimal("20000.00"), LocalDate.of(2027, 3, 7), NOW);
    ArgumentCaptor<CreditEntry> line = ArgumentCaptor.forClass(CreditEntry.class);
    verify(repository).insertCredit(eq(ID), line.capture());
    assertThat(line.getValue().reason()).isEqualTo("信用评审 CR-41-2026-12-01: 按时付款，额度提高到两万元");
    assertThat(line.getValue().changedBy()).isEqualTo("fiona");
    assertThat(line.getValue().nextCreditReview()).isEqualTo(LocalDate.of(2027, 3, 7));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "grade {0}: next review on {1}")
  @org.junit.jupiter.params.provider.CsvSource({"A, 2027-06-07", "B, 2027-03-07", "C, 2027-01-07", "D, 2027-01-07"})
  @DisplayName("002 二(三) 3.2.3: A 每半年, B 每三个月, C/D 每月: each grade's next review, counted from the review day")
  void eachGradeIsReviewedAfterItsPeriod(CreditGrade grade, LocalDate next) {
    credit.recordReview(ID, "CR-41-2026-12-01", grade, new BigDecimal("100.00"), null, "定期信用评审报告，付款正常", "mary");

    verify(repository).updateCredit(ID, grade, new BigDecimal("100.00"), next, NOW);
  }

  @Test
  @DisplayName("002 二(三) 3.2.3: C and D customers are reviewed monthly, so a later date is refused naming the field")
  void aReviewDateBeyondTheGradesPeriodIsRefused() {
    assertThatThrownBy(() -> credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.D, BigDecimal.ZERO,
        "2027-01-08", "多次逾期付款，降为 D 级", "mary"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nextCreditReview");
    assertThatThrownBy(() -> credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.A, BigDecimal.ZERO,
        "2026-12-07", "今天不能是下次评审日", "mary"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nextCreditReview");
    credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.D, BigDecimal.ZERO, "2027-01-07",
        "多次逾期付款，降为 D 级", "mary");
    verify(repository).updateCredit(ID, CreditGrade.D, BigDecimal.ZERO, LocalDate.of(2027, 1, 7), NOW);
  }

  @Test
  @DisplayName("a review without a report (3.2.1) or with a negative limit is refused and nothing is written")
  void badReviewsWriteNothing() {
    assertThatThrownBy(() -> credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.A, new BigDecimal("5"), null,
        "太短", "mary")).hasMessageStartingWith("reviewReport");
    assertThatThrownBy(() -> credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.A, new BigDecimal("-1"), null,
        "额度为负数不被接受的报告", "mary")).hasMessageStartingWith("newCreditLimit");
    verify(repository, never()).updateCredit(anyLong(), any(), any(), any(), any());
    verify(repository, never()).insertCredit(anyLong(), any());
  }

  @Test
  @DisplayName("recording the same review again (a retried step) writes no second history line")
  void aReviewIsRecordedOnce() {
    when(repository.creditHistory(ID)).thenReturn(List.of(new CreditEntry(CreditGrade.B, BigDecimal.TEN,
        LocalDate.of(2027, 3, 7), "信用评审 CR-41-2026-12-01: 已记录的信用调查报告内容", "fiona", NOW)));

    credit.recordReview(ID, "CR-41-2026-12-01", CreditGrade.B, BigDecimal.TEN, null, "已记录的信用调查报告内容", "fiona");

    verify(repository, never()).insertCredit(anyLong(), any());
  }

  @Test
  @DisplayName("002 二(三) 2.5: the limit counts what the customer owes already; exactly at the limit is within it")
  void theCreditCheckAddsTheOpenAmount() {
    when(receivables.openAmount(ID)).thenReturn(new BigDecimal("4000.00"));

    CreditService.CreditCheck atLimit = credit.check(ID, new BigDecimal("6000.00"));
    CreditService.CreditCheck over = credit.check(ID, new BigDecimal("6000.01"));

    assertThat(atLimit.withinCreditLimit()).isTrue();
    assertThat(atLimit.remainingCredit()).isEqualByComparingTo("6000.00");
    assertThat(over.withinCreditLimit()).isFalse();
    assertThat(over.creditGrade()).isEqualTo(CreditGrade.B);
  }

  @Test
  @DisplayName("a case of no customer (before the archive) pays cash on delivery as grade C and opens no receivable")
  void aCaseWithoutCustomerIsGradeC() {
    assertThat(credit.check(null, new BigDecimal("350")).creditGrade()).isEqualTo(CreditGrade.C);
    credit.openReceivable(null, "AS-2026-000001", new BigDecimal("350"), PaymentTerms.CASH_ON_DELIVERY);
    verify(receivables, never()).open(anyLong(), any(), any(), any(), any());
  }

  @Test
  @DisplayName("the reviewer reads each charged case with what is still open, dates in the company zone")
  void theSheetListsThePaymentHistory() {
    when(receivables.ofCustomer(ID)).thenReturn(List.of(
        new Receivable(ID, "AS-2026-000010", new BigDecimal("350.00"), new BigDecimal("350.00"),
            PaymentTerms.ON_ACCOUNT, "BANK-1", NOW.minusSeconds(86_400 * 30), NOW.minusSeconds(86_400 * 20)),
        new Receivable(ID, "AS-2026-000011", new BigDecimal("1200.00"), BigDecimal.ZERO, PaymentTerms.ON_ACCOUNT,
            null, NOW.minusSeconds(86_400 * 3), null)));
    when(receivables.openAmount(ID)).thenReturn(new BigDecimal("1200.00"));

    CreditService.ReviewSheet sheet = credit.sheet(ID);

    assertThat(sheet.openAmount()).isEqualByComparingTo("1200.00");
    assertThat(sheet.paymentHistory()).isEqualTo(
        "AS-2026-000010  2026-11-07  应收 350.00 元  已付 350.00 元 (2026-11-17)\n"
            + "AS-2026-000011  2026-12-04  应收 1200.00 元  未付 1200.00 元");
  }
}
