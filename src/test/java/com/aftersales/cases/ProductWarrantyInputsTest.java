package com.aftersales.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The warranty decision's inputs from a registered product's own warranty (issue 17): without an engine, the
 * registered start and end dates become "months since the start" and "warranty months" such that the decision table's
 * "&gt; warrantyMonths" is exactly "after the product's last warranty day".
 */
class ProductWarrantyInputsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Set.of(), Set.of(), SHANGHAI);

  static boolean covered(WarrantyPeriod.Inputs inputs) {
    return inputs.monthsSincePurchase() <= inputs.warrantyMonths();
  }

  @Test
  @DisplayName("000 §1.1.1.3: the product's last warranty day is inside the warranty, the day after is not")
  void theEndDateDecidesToTheDay() {
    ProductWarranty w = new ProductWarranty(1, "SN-1", LocalDate.of(2025, 3, 10), LocalDate.of(2026, 3, 10));
    assertThat(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 3, 10)))
        .isEqualTo(new WarrantyPeriod.Inputs(12, 12));
    assertThat(covered(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 3, 11)))).isFalse();
    assertThat(covered(WarrantyPeriod.fromEndDate(w, LocalDate.of(2025, 3, 10)))).isTrue();
  }

  @Test
  @DisplayName("a registered end that is no whole number of months after the start still decides to the day")
  void anEndDateBetweenMonthsIsExact() {
    ProductWarranty w = new ProductWarranty(1, "SN-2", LocalDate.of(2025, 6, 15), LocalDate.of(2026, 3, 1));
    assertThat(covered(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 3, 1)))).isTrue();
    assertThat(covered(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 3, 2)))).isFalse();
    assertThat(covered(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 2, 20)))).isTrue();
  }

  @Test
  @DisplayName("a unit installed in the future (registered ahead) is inside its warranty today")
  void beforeTheStartIsInside() {
    ProductWarranty w = new ProductWarranty(1, "SN-3", LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1));
    assertThat(WarrantyPeriod.fromEndDate(w, LocalDate.of(2026, 3, 1))).isEqualTo(new WarrantyPeriod.Inputs(0, 12));
  }

  @Test
  @DisplayName("the registered product wins over the case's purchase date; a period set on the case wins over both")
  void theProductWinsUnlessTheCaseSetsAPeriod() {
    WarrantyTerms terms = new WarrantyTerms() {
      @Override
      public Optional<Integer> months(String productModel) {
        return Optional.of(24);
      }

      @Override
      public Optional<ProductWarranty> ofCase(String caseNumber) {
        return "AS-2026-000001".equals(caseNumber)
            ? Optional.of(new ProductWarranty(7, "SN-7", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)))
            : Optional.empty();
      }
    };
    WarrantyPeriod period = new WarrantyPeriod(new WarrantyProperties(null), CALENDAR, terms);
    Date now = Date.from(LocalDateTime.of(2026, 3, 15, 10, 0).atZone(SHANGHAI).toInstant());

    assertThat(period.inputs("AS-2026-000001", "2023-01-01", null, "WM", now))
        .isEqualTo(new WarrantyPeriod.Inputs(7, 12));
    assertThat(period.inputs("AS-2026-000002", "2025-03-15", null, "WM", now))
        .as("no registered product: the case's date and the model's term").isEqualTo(new WarrantyPeriod.Inputs(12, 24));
    assertThat(period.inputs("AS-2026-000001", "2025-03-15", 6, "WM", now))
        .as("a period on the case").isEqualTo(new WarrantyPeriod.Inputs(12, 6));
  }
}
