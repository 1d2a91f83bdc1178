package com.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ElapsedTimeCommitmentCalendarTest {

  private final ElapsedTimeCommitmentCalendar calendar = new ElapsedTimeCommitmentCalendar();
  private final Date friday = Date.from(Instant.parse("2026-03-13T09:30:00Z"));

  @Test
  void hoursMinutesAndDaysAreElapsedTime() {
    assertThat(calendar.dueAt(friday, "24 hours")).isEqualTo(Instant.parse("2026-03-14T09:30:00Z"));
    assertThat(calendar.dueAt(friday, "90 minutes")).isEqualTo(Instant.parse("2026-03-13T11:00:00Z"));
    assertThat(calendar.dueAt(friday, "1 day")).isEqualTo(Instant.parse("2026-03-14T09:30:00Z"));
    assertThat(calendar.dueAt(friday, "PT24H")).isEqualTo(Instant.parse("2026-03-14T09:30:00Z"));
  }

  @Test
  void unknownExpressionsAreRefused() {
    assertThatThrownBy(() -> calendar.dueAt(friday, "soon")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.dueAt(friday, "PTxH")).isInstanceOf(IllegalArgumentException.class);
  }
}
