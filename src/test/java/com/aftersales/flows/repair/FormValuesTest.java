package com.aftersales.flows.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

class FormValuesTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void dateTimesFromFormsAreReadWithTheirOffsetOrInTheCompanyZone() {
    assertThat(FormValues.dateTime("a", "2026-03-03T10:00Z", SHANGHAI).toInstant())
        .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(FormValues.dateTime("a", "2026-03-03T18:00+08:00", SHANGHAI).toInstant())
        .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(FormValues.dateTime("a", "2026-03-03T10:00", SHANGHAI).toInstant())
        .isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 0).atZone(SHANGHAI).toInstant());
    Date date = new Date();
    assertThat(FormValues.dateTime("a", date, SHANGHAI)).isSameAs(date);
  }

  @Test
  void missingOrUnreadableDateTimeNamesTheField() {
    assertThatThrownBy(() -> FormValues.dateTime("appointment", " ", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appointment");
    assertThatThrownBy(() -> FormValues.dateTime("appointment", "tomorrow morning", SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appointment");
  }

  @Test
  void numbersFromFormsBecomeDecimals() {
    assertThat(FormValues.decimal("x", 200L)).isEqualByComparingTo("200");
    assertThat(FormValues.decimal("x", 150.5)).isEqualByComparingTo("150.5");
    assertThat(FormValues.decimal("x", "12.30")).isEqualByComparingTo(new BigDecimal("12.3"));
    assertThatThrownBy(() -> FormValues.decimal("labourCost", null)).hasMessageContaining("labourCost");
    assertThatThrownBy(() -> FormValues.decimal("labourCost", "a lot")).hasMessageContaining("labourCost");
  }

  @Test
  void integersMustBeWhole() {
    assertThat(FormValues.integer("satisfaction", 4L)).isEqualTo(4);
    assertThat(FormValues.integer("satisfaction", 4.0)).isEqualTo(4);
    assertThatThrownBy(() -> FormValues.integer("satisfaction", 4.5)).hasMessageContaining("satisfaction");
  }
}
