package com.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** National Day 2024: 1-7 October off, Sunday 29 September and Saturday 12 October worked. */
  static final WorkingDayCalendar NATIONAL_DAY_2024 =
      new WorkingDayCalendar(
          CalendarProperties.days("holidays", List.of("2024-10-01..2024-10-07")),
          Set.of(LocalDate.parse("2024-09-29"), LocalDate.parse("2024-10-12")),
          SHANGHAI);

  static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar(Set.of(), Set.of(), SHANGHAI);

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fridayPlusOneWorkingDayIsMondaySameTime() {
    assertThat(WEEKDAYS.plus(at("2025-06-13T10:00"), "1 working day")).isEqualTo(at("2025-06-16T10:00"));
  }

  @Test
  void workingDaysSkipWeekends() {
    // Wednesday + 3 working days: Thursday, Friday, Monday.
    assertThat(WEEKDAYS.plus(at("2025-06-11T09:30"), "3 working days")).isEqualTo(at("2025-06-16T09:30"));
    // Wednesday + 7 working days crosses one weekend.
    assertThat(WEEKDAYS.plus(at("2025-06-11T09:30"), "7 working days")).isEqualTo(at("2025-06-20T09:30"));
  }

  @Test
  void startOnAWeekendCountsFromTheNextWorkingDay() {
    assertThat(WEEKDAYS.plus(at("2025-06-14T15:00"), "1 working day")).isEqualTo(at("2025-06-16T15:00"));
  }

  @Test
  void zeroWorkingDaysIsTheStart() {
    assertThat(WEEKDAYS.plus(at("2025-06-14T15:00"), "0 working days")).isEqualTo(at("2025-06-14T15:00"));
  }

  @Test
  void nationalDayBlockIsSkippedAndMakeUpDaysCount() {
    // Friday 27 Sep + 1 = the make-up Sunday 29 Sep.
    assertThat(NATIONAL_DAY_2024.plus(at("2024-09-27T10:00"), "1 working day")).isEqualTo(at("2024-09-29T10:00"));
    // Monday 30 Sep + 1 jumps the whole block to Tuesday 8 Oct.
    assertThat(NATIONAL_DAY_2024.plus(at("2024-09-30T10:00"), "1 working day")).isEqualTo(at("2024-10-08T10:00"));
    // Monday 23 Sep + 7: 24, 25, 26, 27, 29 (make-up), 30, 8 Oct.
    assertThat(NATIONAL_DAY_2024.plus(at("2024-09-23T10:00"), "7 working days")).isEqualTo(at("2024-10-08T10:00"));
    // 8 Oct + 4: 9, 10, 11, 12 (make-up Saturday).
    assertThat(NATIONAL_DAY_2024.plus(at("2024-10-08T10:00"), "4 working days")).isEqualTo(at("2024-10-12T10:00"));
    // A start inside the block counts from the first day back.
    assertThat(NATIONAL_DAY_2024.plus(at("2024-10-03T16:00"), "1 working day")).isEqualTo(at("2024-10-08T16:00"));
  }

  @Test
  void tellsWorkingDays() {
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-09-30"))).isTrue();
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-01"))).isFalse();
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-07"))).isFalse();
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-09-29"))).isTrue();
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue();
    assertThat(NATIONAL_DAY_2024.isWorkingDay(LocalDate.parse("2024-10-13"))).isFalse();
    assertThat(NATIONAL_DAY_2024.addWorkingDays(LocalDate.parse("2024-09-30"), 2)).isEqualTo("2024-10-09");
  }

  @Test
  void hoursAreElapsedTimeAcrossWeekendsAndHolidays() {
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "24 hours")).isEqualTo(at("2025-06-14T18:00"));
    assertThat(NATIONAL_DAY_2024.plus(at("2024-09-30T18:00"), "48 hours")).isEqualTo(at("2024-10-02T18:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "90 minutes")).isEqualTo(at("2025-06-13T19:30"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "2 days")).isEqualTo(at("2025-06-15T18:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "1 hour")).isEqualTo(at("2025-06-13T19:00"));
  }

  @Test
  void isoDurationsAndDatesWorkAsBefore() {
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "PT24H")).isEqualTo(at("2025-06-14T18:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "P3D")).isEqualTo(at("2025-06-16T18:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "P1DT2H")).isEqualTo(at("2025-06-14T20:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "P2W")).isEqualTo(at("2025-06-27T18:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "2025-07-01T09:00:00")).isEqualTo(at("2025-07-01T09:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "2025-07-01")).isEqualTo(at("2025-07-01T00:00"));
    assertThat(WEEKDAYS.plus(at("2025-06-13T18:00"), "2025-07-01T01:00:00Z")).isEqualTo(at("2025-07-01T09:00"));
  }

  @Test
  void expressionsAreCaseAndSpaceTolerant() {
    assertThat(WEEKDAYS.plus(at("2025-06-13T10:00"), "  2 Working  Days ")).isEqualTo(at("2025-06-17T10:00"));
  }

  @Test
  void keepsLocalTimeOfDayAcrossDaylightSavingChange() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(), Set.of(), berlin);
    Date friday = Date.from(LocalDateTime.parse("2025-03-28T10:00").atZone(berlin).toInstant());
    Date monday = Date.from(LocalDateTime.parse("2025-03-31T10:00").atZone(berlin).toInstant());
    assertThat(calendar.plus(friday, "1 working day")).isEqualTo(monday);
  }

  @Test
  void plusWithoutStartUsesTheEngineClock() {
    ClockUtil.setCurrentTime(at("2025-06-13T10:00"));
    assertThat(WEEKDAYS.plus("1 working day")).isEqualTo(at("2025-06-16T10:00"));
  }

  @Test
  void rejectsUnknownExpressions() {
    assertThatThrownBy(() -> WEEKDAYS.plus(at("2025-06-13T10:00"), "soon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("soon");
    assertThatThrownBy(() -> WEEKDAYS.plus(at("2025-06-13T10:00"), "3 weeks"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WEEKDAYS.plus(at("2025-06-13T10:00"), "PXYZ"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WEEKDAYS.plus(at("2025-06-13T10:00"), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recognisesWorkingDayCycles() {
    assertThat(WorkingDayCalendar.cycleWorkingDays("every 3 working days")).hasValue(3);
    assertThat(WorkingDayCalendar.cycleWorkingDays("Every 1 working day")).hasValue(1);
    assertThat(WorkingDayCalendar.cycleWorkingDays("R3/PT1H")).isEmpty();
    assertThat(WorkingDayCalendar.cycleWorkingDays("3 working days")).isEmpty();
    assertThat(WorkingDayCalendar.cycleWorkingDays(" ")).isEmpty();
    assertThat(WorkingDayCalendar.isPlainLanguage("")).isFalse();
    assertThat(WorkingDayCalendar.isPlainLanguage("PT24H")).isFalse();
    assertThat(WorkingDayCalendar.isPlainLanguage("24 hours")).isTrue();
    assertThatThrownBy(() -> WorkingDayCalendar.cycleWorkingDays("every 0 working days"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesADayThatIsBothHolidayAndMakeUpDay() {
    LocalDate day = LocalDate.parse("2024-10-05");
    assertThatThrownBy(() -> new WorkingDayCalendar(Set.of(day), Set.of(day), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-10-05");
  }
}
