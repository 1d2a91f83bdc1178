package com.aftersales.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's {@code dueDate} calendar (timer {@code timeDate}, {@code camunda:dueDate},
 * {@code camunda:followUpDate}) with the working-day forms added; ISO input keeps the stock behaviour.
 */
public class WorkingDayDueDateCalendar extends DueDateBusinessCalendar {

  private final WorkingDayCalendar calendar;

  public WorkingDayDueDateCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    if (WorkingDayCalendar.isPlainLanguage(duedate)) {
      return calendar.plus(startDate != null ? startDate : ClockUtil.getCurrentTime(), duedate);
    }
    return super.resolveDuedate(duedate, startDate);
  }
}
