package com.aftersales.flows.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WarrantyPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WarrantyPeriod period = new WarrantyPeriod(new WorkingDayCalendar(Set.of(), Set.of(), SHANGHAI));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theLastDayOfTheWarrantyStillCountsAsInsideIt() {
    LocalDate bought = LocalDate.of(2025, 1, 15);
    assertThat(WarrantyPeriod.monthsBetween(bought, LocalDate.of(2026, 1, 15))).isEqualTo(12);
    assertThat(WarrantyPeriod.monthsBetween(bought, LocalDate.of(2026, 1, 16))).isEqualTo(13);
    assertThat(WarrantyPeriod.monthsBetween(bought, LocalDate.of(2025, 1, 15))).isZero();
    assertThat(WarrantyPeriod.monthsBetween(bought, LocalDate.of(2025, 1, 16))).isEqualTo(1);
  }

  @Test
  void monthEndsAreCountedAsCalendarMonths() {
    // Bought 31 January: the first month ends on 28 February (no 31st).
    assertThat(WarrantyPeriod.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28))).isEqualTo(1);
    assertThat(WarrantyPeriod.monthsBetween(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1))).isEqualTo(2);
  }

  @Test
  void todayComesFromTheEngineClockInTheCompanyZone() {
    // 1 March 2026 00:30 in Shanghai is still 28 February in UTC.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 1, 0, 30).atZone(SHANGHAI).toInstant()));
    assertThat(period.monthsSincePurchase("2026-02-01")).isEqualTo(1);
    assertThat(period.monthsSincePurchase("2025-03-01")).isEqualTo(12);
    assertThat(period.monthsSincePurchase("2025-02-28")).isEqualTo(13);
  }

  @Test
  void anUnknownPurchaseDateGivesNoMonthsAndABadOneIsRefused() {
    assertThat(period.monthsSincePurchase(null)).isNull();
    assertThat(period.monthsSincePurchase(" ")).isNull();
    assertThatThrownBy(() -> period.monthsSincePurchase("01.02.2025")).hasMessageContaining("not an ISO date");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 1, 10, 0).atZone(SHANGHAI).toInstant()));
    assertThatThrownBy(() -> period.monthsSincePurchase("2026-03-02")).hasMessageContaining("future");
  }
}
