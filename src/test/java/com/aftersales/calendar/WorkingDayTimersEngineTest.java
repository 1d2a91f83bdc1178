package com.aftersales.calendar;

import static com.aftersales.calendar.WorkingDayCalendarTest.NATIONAL_DAY_2024;
import static com.aftersales.calendar.WorkingDayCalendarTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.StandaloneEngines;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real engine with the plugin installed, over the National Day 2024 holiday block. */
class WorkingDayTimersEngineTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(buildEngine()).build();

  static ProcessEngine buildEngine() {
    return StandaloneEngines.build("working-day-calendar-test", configuration -> {
      configuration.setHistory("full");
      configuration.getProcessEnginePlugins().add(new WorkingDayCalendarPlugin(NATIONAL_DAY_2024));
    });
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void closeEngine() {
    ENGINE.getProcessEngine().close();
  }

  @Test
  @Deployment(resources = "calendar/working-day-timers.bpmn")
  void timersAndTaskDueDatesCountWorkingDaysAndTheReminderRepeats() {
    // Monday before National Day, 10:00 Beijing time.
    ClockUtil.setCurrentTime(at("2024-09-23T10:00"));
    ProcessInstance instance = ENGINE.getRuntimeService().startProcessInstanceByKey("workingDayTimers");

    Task task = ENGINE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    // 24, 25, 26 September.
    assertThat(task.getDueDate()).isEqualTo(at("2024-09-26T10:00"));
    // 24, 25, 26, 27, 29 (make-up Sunday), 30 September, 8 October.
    assertThat(timer(instance, "Timer_RepairCycleOverdue").getDuedate()).isEqualTo(at("2024-10-08T10:00"));
    assertThat(timer(instance, "Timer_RepairReminder").getDuedate()).isEqualTo(at("2024-09-26T10:00"));

    // The reminder fires and schedules itself again 3 working days after each firing.
    ClockUtil.setCurrentTime(at("2024-09-26T10:00"));
    ENGINE.getManagementService().executeJob(timer(instance, "Timer_RepairReminder").getId());
    assertThat(timer(instance, "Timer_RepairReminder").getDuedate()).isEqualTo(at("2024-09-30T10:00"));

    ClockUtil.setCurrentTime(at("2024-09-30T10:00"));
    ENGINE.getManagementService().executeJob(timer(instance, "Timer_RepairReminder").getId());
    assertThat(timer(instance, "Timer_RepairReminder").getDuedate()).isEqualTo(at("2024-10-10T10:00"));

    assertThat(reached(instance, "EndEvent_Reminded")).hasSize(2);
    assertThat(ENGINE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    // The repair runs over its 7 working days: the task is cancelled and the reminder stops.
    ClockUtil.setCurrentTime(at("2024-10-08T10:00"));
    ENGINE.getManagementService().executeJob(timer(instance, "Timer_RepairCycleOverdue").getId());
    assertThat(reached(instance, "EndEvent_Overdue")).hasSize(1);
    assertThat(ENGINE.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return ENGINE.getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  private List<HistoricActivityInstance> reached(ProcessInstance instance, String activityId) {
    return ENGINE.getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .list();
  }
}
