package com.aftersales.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets timers and task due dates in the models be written in working days ("7 working days"), plain
 * hours/minutes/days, and cycles "every N working days", besides the ISO forms.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  public WorkingDayCalendarPlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingDayDueDateCalendar(calendar));
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new WorkingDayDurationCalendar(calendar));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new WorkingDayCycleCalendar(calendar));
    configuration.setBusinessCalendarManager(manager);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
