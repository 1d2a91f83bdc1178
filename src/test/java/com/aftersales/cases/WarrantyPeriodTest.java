package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.WarrantyPeriod.Facts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WarrantyPeriodTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Set.of(), Set.of(), SHANGHAI);
  private static final Date NOW = at(LocalDateTime.of(2026, 3, 15, 10, 0));

  private final WarrantyPeriod period = new WarrantyPeriod(new WarrantyProperties(null), CALENDAR);

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
  void todayIsTheEngineClocksDateInTheCompanyZone() {
    // 1 March 2026 00:30 in Shanghai is still 28 February in UTC.
    Date now = at(LocalDateTime.of(2026, 3, 1, 0, 30));
    assertThat(period.monthsSincePurchase("2026-02-01", now)).isEqualTo(1);
    assertThat(period.monthsSincePurchase("2025-03-01", now)).isEqualTo(12);
    assertThat(period.monthsSincePurchase("2025-02-28", now)).isEqualTo(13);
  }

  @Test
  void aDateTimeFromAFormCountsByItsDate() {
    assertThat(period.monthsSincePurchase("2025-09-15T00:00:00Z", NOW)).isEqualTo(6);
  }

  @Test
  void anUnknownPurchaseDateGivesNoMonthsAndABadOrFutureOneIsRefused() {
    assertThat(period.monthsSincePurchase(null, NOW)).isNull();
    assertThat(period.monthsSincePurchase(" ", NOW)).isNull();
    assertThatThrownBy(() -> period.monthsSincePurchase("15/03/2025", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an ISO date");
    assertThatThrownBy(() -> period.monthsSincePurchase("2026-03-16", NOW)).hasMessageContaining("future");
  }

  @Test
  void configuredWarrantyPeriodAppliesUnlessTheCaseBringsItsOwn() {
    assertThat(period.facts(true, "2025-12-01", null, "quality", NOW).warrantyMonths()).isEqualTo(12);
    assertThat(new WarrantyPeriod(new WarrantyProperties(24), CALENDAR).facts(true, "2025-12-01", null, "quality", NOW)
        .warrantyMonths()).isEqualTo(24);
    assertThat(period.facts(true, "2025-12-01", 36L, "quality", NOW).warrantyMonths()).isEqualTo(36);
  }

  @Test
  void missingProofAndCauseBecomeFalseAndUnknown() {
    Facts facts = period.facts(null, "2025-12-01", null, null, NOW);
    assertThat(facts.purchaseProof()).isFalse();
    assertThat(facts.damageCause()).isEqualTo("unknown");
    assertThat(facts.monthsSincePurchase()).isEqualTo(4);
  }

  @Test
  void unknownDamageCauseValueIsRejected() {
    assertThatThrownBy(() -> period.facts(true, "2025-12-01", null, "lightning", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damageCause");
  }

  @Test
  void oneWarrantyPeriodPropertyDefaultsToTwelveAndMustNotBeNegative() {
    assertThat(bind(Map.of()).warrantyMonths()).isEqualTo(WarrantyProperties.DEFAULT_WARRANTY_MONTHS);
    assertThat(bind(Map.of("aftersales.warranty-months", "24")).warrantyMonths()).isEqualTo(24);
    assertThatThrownBy(() -> bind(Map.of("aftersales.warranty-months", "-1")))
        .hasStackTraceContaining("must not be negative");
  }

  private static WarrantyProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("aftersales", Bindable.of(WarrantyProperties.class));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(SHANGHAI).toInstant());
  }
}
