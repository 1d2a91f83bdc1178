package com.aftersales.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

/**
 * The engine's {@code duration} calendar (timer {@code timeDuration}) with the working-day forms
 * added; ISO input keeps the stock behaviour.
 */
public class WorkingDayDurationCalendar extends DurationBusinessCalendar {

  private final WorkingDayCalendar calendar;

  public WorkingDayDurationCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    return calendar.resolve(duedate, startDate, super::resolveDuedate);
  }
}
