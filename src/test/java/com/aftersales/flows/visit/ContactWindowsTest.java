package com.aftersales.flows.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The contact windows decide when a visit call is made: working-day hours outside the midday rest, company zone. */
class ContactWindowsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** 2031-03-10 (Monday) is a holiday in this calendar. */
  static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(Set.of(LocalDate.parse("2031-03-10")), Set.of(), SHANGHAI);

  final VisitProperties properties = new VisitProperties();
  final ContactWindows windows = new ContactWindows(CALENDAR, properties.windows());

  @ParameterizedTest(name = "{0} -> {1} .. {2}")
  @DisplayName("the first contact window at or after a moment, never in rest time")
  @CsvSource({
    // inside the morning window: from now until noon
    "2031-03-04T10:15, 2031-03-04T10:15, 2031-03-04T12:00",
    // before the working day starts
    "2031-03-04T07:00, 2031-03-04T09:00, 2031-03-04T12:00",
    // midday rest
    "2031-03-04T12:30, 2031-03-04T14:00, 2031-03-04T18:00",
    // evening: the next morning
    "2031-03-04T19:00, 2031-03-05T09:00, 2031-03-05T12:00",
    // Friday evening: Saturday and Sunday are rest days, Monday 10th a holiday: Tuesday
    "2031-03-07T18:00, 2031-03-11T09:00, 2031-03-11T12:00",
    // the end of a window belongs to the next one
    "2031-03-04T12:00, 2031-03-04T14:00, 2031-03-04T18:00",
  })
  void nextWindow(String earliest, String opens, String closes) {
    ContactWindows.Slot slot = windows.next(local(earliest));
    assertThat(slot.opens()).isEqualTo(local(opens));
    assertThat(slot.closes()).isEqualTo(local(closes));
  }

  @Test
  @DisplayName("windows are configuration: HH:mm-HH:mm, sorted; a malformed or empty window is refused")
  void windowsAreConfiguration() {
    VisitProperties custom = new VisitProperties();
    custom.setContactWindows(java.util.List.of("19:00-20:30", "10:00-11:00"));
    ContactWindows evening = new ContactWindows(CALENDAR, custom.windows());
    assertThat(evening.next(local("2031-03-04T11:30")).opens()).isEqualTo(local("2031-03-04T19:00"));
    custom.setContactWindows(java.util.List.of("10:00"));
    assertThatThrownBy(custom::windows).hasMessageContaining("HH:mm-HH:mm");
    custom.setContactWindows(java.util.List.of("11:00-10:00"));
    assertThatThrownBy(custom::windows).hasMessageContaining("ends after it starts");
    assertThatThrownBy(() -> custom.setSampleShare(1.5)).hasMessageContaining("sample-share");
  }

  @Test
  @DisplayName("the sample is the configured share of the waiting cases, rounded up, at least one")
  void sampleSize() {
    assertThat(VisitService.sampleSize(0, 0.3)).isZero();
    assertThat(VisitService.sampleSize(1, 0.3)).isEqualTo(1);
    assertThat(VisitService.sampleSize(10, 0.3)).isEqualTo(3);
    assertThat(VisitService.sampleSize(11, 0.3)).isEqualTo(4);
    assertThat(VisitService.sampleSize(5, 1.0)).isEqualTo(5);
    assertThat(VisitService.sampleSize(5, 0.0)).isZero();
  }

  private static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
  }
}
