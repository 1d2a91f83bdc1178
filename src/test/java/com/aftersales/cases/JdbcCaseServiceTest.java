package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class JdbcCaseServiceTest {

  @Autowired CaseService cases;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Each test uses its own far-future year so the shared in-memory database cannot disturb the numbering. */
  private void clockAt(int year, int month, int day) {
    Instant instant =
        LocalDateTime.of(year, month, day, 10, 0).atZone(calendar.zone()).toInstant();
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static NewCase newCase(String externalReference) {
    return new NewCase(
        "repair",
        "phone",
        "Li Wei",
        "+86 138 0013 8000",
        "li.wei@example.com",
        "1 Nanjing Road, Shanghai",
        "CP-3000",
        "SN-42",
        LocalDate.of(2025, 5, 20),
        true,
        "Paper jams on every second copy",
        externalReference, null, null, null);
  }

  @Test
  void caseNumbersCountUpPerYearOfTheEngineClock() {
    clockAt(2093, 3, 1);
    ServiceCase first = cases.open(newCase(null));
    ServiceCase second = cases.open(newCase(null));
    clockAt(2094, 1, 2);
    ServiceCase nextYear = cases.open(newCase(null));

    assertThat(first.caseNumber()).isEqualTo("AS-2093-000001");
    assertThat(second.caseNumber()).isEqualTo("AS-2093-000002");
    assertThat(nextYear.caseNumber()).isEqualTo("AS-2094-000001");
  }

  @Test
  void yearOfTheCaseNumberIsTheLocalYearOfTheConfiguredZone() {
    // 31 December 23:30 local time is already New Year in UTC for zones west of it, and still the old
    // year in UTC for zones east of it; the number must follow the local calendar either way.
    ZoneId zone = calendar.zone();
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(2095, 12, 31, 23, 30).atZone(zone).toInstant()));

    assertThat(cases.open(newCase(null)).caseNumber()).startsWith("AS-2095-");
  }

  @Test
  void openedCaseIsStoredWithEveryFieldAndOpenStatus() {
    clockAt(2096, 6, 15);
    ServiceCase opened = cases.open(newCase("CRM-ALL-FIELDS"));

    ServiceCase found = cases.find(opened.caseNumber()).orElseThrow();

    assertThat(found).isEqualTo(opened);
    assertThat(found.status()).isEqualTo(JdbcCaseService.STATUS_OPEN);
    assertThat(found.openedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(found.purchaseDate()).isEqualTo(LocalDate.of(2025, 5, 20));
    assertThat(found.purchaseProof()).isTrue();
    assertThat(found.closedAt()).isNull();
    assertThat(cases.findByExternalReference("CRM-ALL-FIELDS")).contains(found);
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    ServiceCase opened =
        cases.open(
            new NewCase(
                "complaint", "email", "Wang Fang", null, "wang@example.com", null, "WM-7", null,
                null, null, "Rude technician", null, null, null, null));

    ServiceCase found = cases.find(opened.caseNumber()).orElseThrow();

    assertThat(found.customerPhone()).isNull();
    assertThat(found.purchaseDate()).isNull();
    assertThat(found.purchaseProof()).isNull();
    assertThat(found.externalReference()).isNull();
  }

  @Test
  void externalReferenceIsUniqueWhenPresentButCasesWithoutOneDoNotCollide() {
    cases.open(newCase("CRM-UNIQUE-1"));
    cases.open(newCase(null));
    cases.open(newCase(null));

    assertThatThrownBy(() -> cases.open(newCase("CRM-UNIQUE-1")))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM service_case WHERE external_reference = 'CRM-UNIQUE-1'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void unknownCaseIsNotFound() {
    assertThat(cases.find("AS-1999-000001")).isEmpty();
    assertThat(cases.findByExternalReference("nobody")).isEmpty();
    assertThatThrownBy(() -> cases.updateStatus("AS-1999-000001", "DIAGNOSIS"))
        .isInstanceOf(CaseNotFoundException.class)
        .hasMessageContaining("AS-1999-000001");
    assertThatThrownBy(() -> cases.addRecord("AS-1999-000001", ServiceRecord.of("NOTE", "x")))
        .isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void statusProcessInstanceAndClosingAreRecordedAndBumpTheVersion() {
    clockAt(2097, 2, 3);
    String caseNumber = cases.open(newCase(null)).caseNumber();

    cases.attachProcessInstance(caseNumber, "pi-123");
    cases.updateStatus(caseNumber, "ASSESSMENT");
    clockAt(2097, 2, 10);
    cases.close(caseNumber, "RESOLVED");
    Instant firstClose = ClockUtil.getCurrentTime().toInstant();
    clockAt(2097, 2, 11);
    cases.close(caseNumber, "RESOLVED"); // a re-run job closes again

    ServiceCase found = cases.find(caseNumber).orElseThrow();
    assertThat(found.processInstanceId()).isEqualTo("pi-123");
    assertThat(found.status()).isEqualTo("RESOLVED");
    assertThat(found.closedAt()).isEqualTo(firstClose);
    assertThat(
            jdbc.queryForObject(
                "SELECT version FROM service_case WHERE case_number = ?", Integer.class, caseNumber))
        .isEqualTo(4);
  }

  @Test
  void recordsComeBackInTimeOrderWithFeesToTheCent() {
    clockAt(2098, 4, 1);
    String caseNumber = cases.open(newCase(null)).caseNumber();
    Instant earlier = ClockUtil.getCurrentTime().toInstant().minusSeconds(3600);

    cases.addRecord(caseNumber, ServiceRecord.of("REPAIR_REPORT", "Replaced the fuser"));
    cases.addRecord(
        caseNumber,
        new ServiceRecord(
            "DIAGNOSIS", "eric", "fuser unit FU-7", new BigDecimal("1234.50"), "Worn fuser",
            "eric", earlier));

    List<ServiceRecord> records = cases.records(caseNumber);

    assertThat(records).extracting(ServiceRecord::action).containsExactly("DIAGNOSIS", "REPAIR_REPORT");
    assertThat(records.get(0).fee()).isEqualByComparingTo("1234.50");
    assertThat(records.get(0).engineer()).isEqualTo("eric");
    assertThat(records.get(0).recordedAt()).isEqualTo(earlier);
    assertThat(records.get(1).recordedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(records.get(1).fee()).isNull();
  }

  @Test
  void caseOpenedInARolledBackTransactionLeavesNothingButItsNumberStaysUsed() {
    clockAt(2099, 7, 7);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    AtomicReference<String> rolledBack = new AtomicReference<>();

    tx.executeWithoutResult(
        status -> {
          rolledBack.set(cases.open(newCase("CRM-ROLLED-BACK")).caseNumber());
          status.setRollbackOnly();
        });

    assertThat(cases.find(rolledBack.get())).isEmpty();
    assertThat(cases.findByExternalReference("CRM-ROLLED-BACK")).isEmpty();
    // The number was taken in its own transaction: a gap, never a number given twice.
    assertThat(cases.open(newCase(null)).caseNumber()).isEqualTo("AS-2099-000002");
  }

  @Test
  void anIntakeStillInProgressDoesNotHoldUpTheNextOne() throws Exception {
    clockAt(2091, 4, 4);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      String second = tx.execute(status -> {
        cases.open(newCase(null)); // this intake's transaction stays open while the next one runs
        try {
          return other.submit(() -> cases.open(newCase(null)).caseNumber()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the second intake waited for the first one's transaction", e);
        }
      });
      assertThat(second).isEqualTo("AS-2091-000002");
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void concurrentIntakesNeverShareACaseNumber() throws Exception {
    // ClockUtil is global, so every thread sees the same year
    clockAt(2092, 9, 9);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> intakes = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        intakes.add(() -> cases.open(newCase(null)).caseNumber());
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(intakes)) {
        numbers.add(f.get());
      }
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        expected.add(String.format("AS-2092-%06d", i));
      }
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
