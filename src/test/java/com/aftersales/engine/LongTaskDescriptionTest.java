package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.tasklist.StaffFilters;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A task may carry the longest description the engine's column holds (4,000 characters): no index on the task table
 * may make creating or listing it fail (on PostgreSQL a B-tree entry holds at most 2,704 bytes).
 */
@SpringBootTest
@ActiveProfiles("test")
class LongTaskDescriptionTest {

  @Autowired TaskService taskService;
  @Autowired FilterService filterService;

  private String taskId;

  @AfterEach
  void removeTask() {
    if (taskId != null) {
      taskService.deleteTask(taskId, true);
    }
  }

  @Test
  @DisplayName("a task with a 4,000-character description that does not compress is created and listed by Tasklist's filter")
  void longDescriptionIsCreatedAndListed() {
    String description = chineseText(4000);
    Task task = taskService.newTask();
    task.setName("回访客户");
    task.setDescription(description);
    task.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L * 365 * 20)); // first in the list
    taskService.saveTask(task);
    taskId = task.getId();
    taskService.addCandidateGroup(taskId, "customer-service");

    Filter all = filterService.createFilterQuery().filterName(StaffFilters.ALL_TASKS).singleResult();
    // the filter's query as Tasklist sends it, narrowed to this task (other tests' tasks share the database)
    List<Task> listed = filterService.listPage(all.getId(),
        taskService.createTaskQuery().taskId(taskId).orderByTaskCreateTime().desc(), 0, 15);

    assertThat(listed).extracting(Task::getId).containsExactly(taskId);
    assertThat(listed.get(0).getDescription()).isEqualTo(description);
  }

  /** Random common Chinese characters: three bytes each in UTF-8 and next to incompressible. */
  static String chineseText(int length) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (0x4E00 + random.nextInt(0x5000)));
    }
    return text.toString();
  }
}
