package com.aftersales.flows.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseClockTest {

  static final Instant RECEIVED = Instant.parse("2031-03-03T01:00:00Z");

  @Test
  void pausedTimeIsCarriedOverAndLeftOutOfTheResponseTime() {
    Instant due = ResponseClock.dueAt(RECEIVED, 24);
    Instant pausedAt = RECEIVED.plus(Duration.ofHours(10));
    long remaining = ResponseClock.remainingSeconds(due, pausedAt);
    assertThat(remaining).isEqualTo(14 * 3600);

    Instant resumedAt = pausedAt.plus(Duration.ofHours(48));
    assertThat(ResponseClock.pausedSeconds(pausedAt, resumedAt)).isEqualTo(48 * 3600);
    assertThat(ResponseClock.resumedDeadline(resumedAt, remaining)).isEqualTo(RECEIVED.plus(Duration.ofHours(72)));
    assertThat(ResponseClock.netResponseHours(RECEIVED, resumedAt.plus(Duration.ofHours(2)), 48 * 3600))
        .isEqualTo(12.0);
  }

  @Test
  void anOverdueDeadlineLeavesNothingAndAZeroCommitmentIsRefused() {
    assertThat(ResponseClock.remainingSeconds(RECEIVED, RECEIVED.plusSeconds(5))).isZero();
    assertThatThrownBy(() -> ResponseClock.dueAt(RECEIVED, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void escalationGroupsStopAtTheGeneralManager() {
    ComplaintProperties properties = new ComplaintProperties(null, null, null, null, null, null);
    assertThat(properties.groupFor(0, "customer-service")).isEqualTo("customer-service");
    assertThat(properties.groupFor(1, "customer-service")).isEqualTo("service-managers");
    assertThat(properties.groupFor(2, "customer-service")).isEqualTo("general-manager");
    assertThat(properties.groupFor(3, "customer-service")).isEqualTo("general-manager");
    assertThat(properties.escalationWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(properties.processKeyFor("exchange")).isEqualTo("exchange");
  }

  @Test
  void theCommitmentReadsAsTheRoutedHoursInChinese() {
    assertThat(ResponseClock.commitmentText(4)).isEqualTo("4小时内答复");
    assertThat(ResponseClock.commitmentText(24)).isEqualTo("24小时内答复");
    assertThatThrownBy(() -> ResponseClock.commitmentText(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
