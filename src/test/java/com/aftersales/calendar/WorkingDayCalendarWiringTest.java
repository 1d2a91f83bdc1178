package com.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The Spring Boot starter picks the plugin up, so the models of the application get the calendar. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkingDayCalendarWiringTest {

  @Autowired ProcessEngine processEngine;
  @Autowired WorkingDayCalendar workingDayCalendar;

  @Test
  void applicationEngineUsesTheWorkingDayCalendars() {
    BusinessCalendarManager calendars =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getBusinessCalendarManager();
    assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME)).isInstanceOf(WorkingDayDueDateCalendar.class);
    assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME)).isInstanceOf(WorkingDayDurationCalendar.class);
    assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME)).isInstanceOf(WorkingDayCycleCalendar.class);
    assertThat(workingDayCalendar.zone()).isNotNull();
  }
}
