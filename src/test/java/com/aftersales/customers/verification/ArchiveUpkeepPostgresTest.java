package com.aftersales.customers.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.customers.Classification;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.CustomerKind;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.NewCustomer;
import com.aftersales.customers.SecrecyLevel;
import com.aftersales.customers.VerificationOutcome;
import com.aftersales.customers.report.CustomerInfoReports;
import com.aftersales.testsupport.PostgresAvailable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The re-verification records and the monthly report's figures on PostgreSQL 15 (the SQL of V310_1 and of
 * ArchiveVerifications and CustomerInfoReports): recording is once per sheet and archive, bad input writes nothing.
 */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class ArchiveUpkeepPostgresTest {

  @Autowired ArchiveVerifications verifications;
  @Autowired CustomerInfoReports reports;
  @Autowired CustomerService customers;
  @Autowired CustomerRepository repository;

  @Test
  @DisplayName("002 二(一) 6.5: outcomes are recorded once per sheet and archive; an id not on the sheet writes nothing")
  void recordingIsOncePerSheetAndArchive() {
    long a = customer();
    long b = customer();
    String sheet = "RV-PG-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();

    assertThatThrownBy(() -> verifications.record(sheet, List.of(a, b), b + " 新地址", "999999999", "cora", now,
        today)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goneCustomers");
    ArchiveVerifications.Recorded recorded = verifications.record(sheet, List.of(a, b), b + " 新地址", "", "cora", now,
        today);
    verifications.record(sheet, List.of(a, b), b + " 新地址", "", "cora", now, today);

    assertThat(recorded).isEqualTo(new ArchiveVerifications.Recorded(1, 1, 0, b + "  变更: 新地址"));
    assertThat(repository.verifications(a)).extracting(v -> v.outcome()).containsExactly(VerificationOutcome.VERIFIED);
    assertThat(repository.verifications(b)).extracting(v -> v.note()).containsExactly("新地址");
    Map<VerificationOutcome, Long> outcomes = verifications.outcomes(now.minusSeconds(60), now.plusSeconds(60));
    assertThat(outcomes.get(VerificationOutcome.CHANGED)).isGreaterThanOrEqualTo(1);
    assertThat(verifications.sheets(ArchiveVerifications.quarter(today)).stream()
        .flatMap(s -> s.lines().stream()).map(VerificationSheet.Line::customerId)).contains(a, b);
  }

  @Test
  @DisplayName("002 二(一) 6.1: the month's figures count the archives opened this month")
  void theMonthsFiguresCountTheArchives() {
    YearMonth month = YearMonth.now();
    long before = (Long) reports.figures(month).get("archives").get("opened");
    customer();
    Map<String, Map<String, Object>> figures = reports.figures(month);
    assertThat((Long) figures.get("archives").get("opened")).isEqualTo(before + 1);
    assertThat(figures).containsKeys("classification", "credit-grade", "verification", "cases");
    assertThat(reports.summary(figures)).contains("本月新建档案");
  }

  private long customer() {
    String phone = "132" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return customers.create(new NewCustomer(CustomerKind.ORGANISATION, "核定机构 " + phone, "李经理", phone, null, null,
        "华北", null, Classification.KEY, CreditGrade.B, BigDecimal.TEN, LocalDate.now().plusMonths(3),
        SecrecyLevel.CONFIDENTIAL), "test", "test").id();
  }
}
