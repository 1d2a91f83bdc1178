package com.aftersales.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;

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
    return calendar.resolve(duedate, startDate, super::resolveDuedate);
  }
}
