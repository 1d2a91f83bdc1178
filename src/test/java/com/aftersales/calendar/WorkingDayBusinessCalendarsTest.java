package com.aftersales.calendar;

import static com.aftersales.calendar.WorkingDayCalendarTest.NATIONAL_DAY_2024;
import static com.aftersales.calendar.WorkingDayCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine-facing calendars without an engine: working-day forms added, stock forms untouched. */
class WorkingDayBusinessCalendarsTest {

  final WorkingDayDueDateCalendar dueDate = new WorkingDayDueDateCalendar(NATIONAL_DAY_2024);
  final WorkingDayDurationCalendar duration = new WorkingDayDurationCalendar(NATIONAL_DAY_2024);
  final CycleBusinessCalendar cycle = new WorkingDayCycleCalendar(NATIONAL_DAY_2024);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void dueDateAndDurationCountWorkingDaysFromTheEngineClock() {
    ClockUtil.setCurrentTime(at("2024-09-27T10:00"));
    assertThat(dueDate.resolveDuedate("3 working days")).isEqualTo(at("2024-10-08T10:00"));
    assertThat(duration.resolveDuedate("3 working days")).isEqualTo(at("2024-10-08T10:00"));
    assertThat(duration.resolveDuedate("24 hours")).isEqualTo(at("2024-09-28T10:00"));
  }

  @Test
  void dueDateCountsFromAGivenStart() {
    assertThat(dueDate.resolveDuedate("1 working day", at("2024-09-30T08:00"))).isEqualTo(at("2024-10-08T08:00"));
  }

  @Test
  void isoExpressionsKeepTheStockBehaviour() {
    ClockUtil.setCurrentTime(at("2024-09-27T10:00"));
    assertThat(duration.resolveDuedate("PT24H")).isEqualTo(at("2024-09-28T10:00"));
    assertThat(dueDate.resolveDuedate("P3D")).isEqualTo(at("2024-09-30T10:00"));
  }

  @Test
  void workingDayCycleRepeatsFromEachFiring() {
    ClockUtil.setCurrentTime(at("2024-09-26T10:00"));
    Date first = cycle.resolveDuedate("every 3 working days", null, 0);
    assertThat(first).isEqualTo(at("2024-09-30T10:00"));
    ClockUtil.setCurrentTime(first);
    assertThat(cycle.resolveDuedate("every 3 working days", null, 0)).isEqualTo(at("2024-10-10T10:00"));
  }

  @Test
  void isoAndCronCyclesKeepTheStockBehaviour() {
    ClockUtil.setCurrentTime(at("2024-09-27T10:00"));
    assertThat(cycle.resolveDuedate("R3/PT1H")).isEqualTo(at("2024-09-27T11:00"));
    assertThat(cycle.resolveDuedate("0 0 12 * * ?")).isNotNull();
  }
}
