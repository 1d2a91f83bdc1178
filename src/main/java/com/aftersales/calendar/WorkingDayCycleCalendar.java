package com.aftersales.calendar;

import java.util.Date;
import java.util.OptionalInt;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's {@code cycle} calendar (timer {@code timeCycle}) with {@code every N working days}
 * added; ISO {@code R/...} and cron cycles keep the stock behaviour. It extends the stock class
 * because the engine casts the cycle calendar to {@link CycleBusinessCalendar} when it schedules the
 * next run of a repeating timer.
 *
 * <p>The next run is counted from the moment the previous one fires (the engine passes no start
 * date), as the stock calendar does for cron cycles.
 */
public class WorkingDayCycleCalendar extends CycleBusinessCalendar {

  private final WorkingDayCalendar calendar;

  public WorkingDayCycleCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
    OptionalInt workingDays = WorkingDayCalendar.cycleWorkingDays(duedateDescription);
    if (workingDays.isPresent()) {
      Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
      return calendar.addWorkingDays(start, workingDays.getAsInt());
    }
    return super.resolveDuedate(duedateDescription, startDate, repeatOffset);
  }
}
