package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.flows.repair.WarrantyPeriod.Facts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

class WarrantyPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final Date NOW = Date.from(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());

  private final WarrantyPeriod period = new WarrantyPeriod(new RepairProperties(null));

  @Test
  void monthsAreWholeCalendarMonthsUpToTheAnniversaryDay() {
    assertThat(WarrantyPeriod.monthsSince("2025-03-16", TODAY)).isEqualTo(11);
    assertThat(WarrantyPeriod.monthsSince("2025-03-15", TODAY)).isEqualTo(12);
    assertThat(WarrantyPeriod.monthsSince("2025-03-14", TODAY)).isEqualTo(12);
    assertThat(WarrantyPeriod.monthsSince("2025-02-14", TODAY)).isEqualTo(13);
  }

  @Test
  void unknownPurchaseDateGivesNoMonths() {
    assertThat(WarrantyPeriod.monthsSince(null, TODAY)).isNull();
    assertThat(WarrantyPeriod.monthsSince("  ", TODAY)).isNull();
  }

  @Test
  void purchaseDateInTheFutureCountsAsNoMonths() {
    assertThat(WarrantyPeriod.monthsSince("2026-05-01", TODAY)).isZero();
  }

  @Test
  void dateTimeFromAFormCountsByItsDate() {
    assertThat(WarrantyPeriod.monthsSince("2025-09-15T00:00:00Z", TODAY)).isEqualTo(6);
  }

  @Test
  void unreadablePurchaseDateIsRejected() {
    assertThatThrownBy(() -> WarrantyPeriod.monthsSince("15/03/2025", TODAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purchaseDate");
  }

  @Test
  void configuredWarrantyPeriodAppliesUnlessTheCaseBringsItsOwn() {
    assertThat(period.facts(true, "2025-12-01", null, "quality", NOW).warrantyMonths()).isEqualTo(12);
    assertThat(new WarrantyPeriod(new RepairProperties(24)).facts(true, "2025-12-01", null, "quality", NOW)
        .warrantyMonths()).isEqualTo(24);
    assertThat(period.facts(true, "2025-12-01", 36L, "quality", NOW).warrantyMonths()).isEqualTo(36);
  }

  @Test
  void missingProofAndCauseBecomeFalseAndUnknown() {
    Facts facts = period.facts(null, "2025-12-01", null, null, NOW);
    assertThat(facts.purchaseProof()).isFalse();
    assertThat(facts.damageCause()).isEqualTo("unknown");
    assertThat(facts.monthsSincePurchase()).isEqualTo(3);
  }

  @Test
  void unknownDamageCauseValueIsRejected() {
    assertThatThrownBy(() -> period.facts(true, "2025-12-01", null, "lightning", NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damageCause");
  }

  @Test
  void negativeConfiguredWarrantyPeriodIsRejected() {
    assertThatThrownBy(() -> new RepairProperties(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RepairProperties(null).warrantyMonths()).isEqualTo(RepairProperties.DEFAULT_WARRANTY_MONTHS);
  }
}
