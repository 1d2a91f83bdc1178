package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.testsupport.StandaloneEngines;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A completion that loses a race against a job of the same case (a lost optimistic lock, its task moved to another
 * execution, a row it refers to removed) is tried again; other failures are not.
 */
class TaskCompletionRetryTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = StandaloneEngines.build("task-completion-retry", configuration -> { });
    engine.getRepositoryService().createDeployment().addModelInstance("retry.bpmn",
        Bpmn.createExecutableProcess("retry").camundaHistoryTimeToLive(180).startEvent()
            .userTask("Task_Handle").endEvent().done()).deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void aCompletionThatLostARaceWithAJobIsTriedAgainAndSucceeds() {
    Task task = newTask();
    AtomicInteger calls = new AtomicInteger();
    Object result = interceptor(failingTimes(1, calls)).execute(new CompleteTaskCmd(task.getId(), null));
    assertThat(result).isEqualTo("completed");
    assertThat(calls).hasValue(2);
  }

  @Test
  void aCompletionWhoseTaskAJobMovedToAnotherExecutionIsTriedAgainAndSucceeds() {
    // as TaskEntity.complete fails when the execution it read was pruned by a job's commit (seen under load)
    triedAgainAfter(new CompleteTaskCmd(newTask().getId(), null), () -> {
      NullPointerException moved = new NullPointerException("Cannot invoke \"ExecutionEntity.removeTask(...)\""
          + " because \"execution\" is null");
      moved.setStackTrace(new StackTraceElement[] {new StackTraceElement(TaskEntity.class.getName(), "complete",
          "TaskEntity.java", 1)});
      return moved;
    });
  }

  @Test
  void aCompletionThatReferredToARowAJobRemovedIsTriedAgainAndSucceeds() {
    // as the flush fails when it inserts a variable of the execution a job's commit removed (seen under load)
    triedAgainAfter(new CompleteTaskCmd(newTask().getId(), null), () -> new ProcessEnginePersistenceException(
        "An exception occurred in the persistence layer", new java.sql.SQLException("insert or update on table"
            + " \"act_ru_variable\" violates foreign key constraint \"act_fk_var_exe\"", "23503")));
  }

  @Test
  void aCompletionTheDatabaseRefusedForADeadlockInABatchIsTriedAgain() {
    java.sql.SQLException batch = new java.sql.BatchUpdateException("Batch entry 3 was aborted", null, 0, new int[0]);
    batch.setNextException(new java.sql.SQLException("deadlock detected", "40P01"));
    triedAgainAfter(new CompleteTaskCmd(newTask().getId(), null),
        () -> new ProcessEnginePersistenceException("An exception occurred in the persistence layer", batch));
  }

  @Test
  void aClaimWhoseAssignmentListenerFoundTheExecutionGoneIsTriedAgain() {
    triedAgainAfter(new ClaimTaskCmd(newTask().getId(), "mary"), () -> new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener", new NullPointerException(
            "Cannot invoke \"PvmExecutionImpl.getFlowScopeExecution()\" because the return value of"
                + " \"PvmExecutionImpl.getParent()\" is null")));
  }

  @Test
  void aClaimThatFoundTheExecutionsParentDeletedMeanwhileIsTriedAgain() {
    // ENGINE-03077, seen at 160 staff on 8 Dec 2026 as a claim's 500
    triedAgainAfter(new ClaimTaskCmd(newTask().getId(), "mary"), () -> new ProcessEngineException(
        "ENGINE-03077 Cannot resolve parent with id 'p1' of execution 'e1', perhaps it was deleted in the meantime"));
  }

  @Test
  void openingTheFormOfATaskAJobMovedToAnotherExecutionIsTriedAgain() {
    triedAgainAfter(new GetTaskFormVariablesCmd(newTask().getId(), null, true), () -> new NullPointerException(
        "Cannot invoke \"ExecutionEntity.getProcessDefinition()\" because \"execution\" is null"));
  }

  @Test
  void aCompletionWhoseListenerFoundTheExecutionGoneIsTriedAgain() {
    // as the exchange's record listener failed reading the case number through the missing execution
    triedAgainAfter(new CompleteTaskCmd(newTask().getId(), null), () -> new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener", new NullPointerException(
            "Cannot invoke \"VariableScope.getVariable(String)\" because \"scope\" is null")));
  }

  @Test
  void aNullPointerOnEveryAttemptIsADefectAnsweredAfterTheLastAttempt() {
    Task task = newTask();
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> interceptor(failingTimes(99, calls, () -> new NullPointerException("a defect")))
        .execute(new CompleteTaskCmd(task.getId(), null))).isInstanceOf(NullPointerException.class);
    assertThat(calls).hasValue(TaskCompletionFailuresPlugin.ATTEMPTS);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aRaceLostOnEveryAttemptFailsAfterTheLastAttempt() {
    Task task = newTask();
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> interceptor(failingTimes(99, calls)).execute(new CompleteTaskCmd(task.getId(), null)))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(calls).hasValue(TaskCompletionFailuresPlugin.ATTEMPTS);
  }

  @Test
  void aCompletionOfATaskThatNoLongerExistsIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> interceptor(failingTimes(99, calls)).execute(new CompleteTaskCmd("no-such-task", null)))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(calls).hasValue(1);
  }

  @Test
  void otherFailuresAreNotRetried() {
    Task task = newTask();
    AtomicInteger calls = new AtomicInteger();
    CommandInterceptor broken = new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        calls.incrementAndGet();
        throw new IllegalStateException("a technical failure");
      }
    };
    assertThatThrownBy(() -> interceptor(broken).execute(new CompleteTaskCmd(task.getId(), null)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(calls).hasValue(1);
  }

  private static Task newTask() {
    String pid = engine.getRuntimeService().startProcessInstanceByKey("retry").getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
  }

  private static CommandInterceptor interceptor(CommandInterceptor next) {
    TaskCompletionFailuresPlugin.TaskCompletionInterceptor interceptor =
        new TaskCompletionFailuresPlugin.TaskCompletionInterceptor(
            (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    interceptor.setNext(next);
    return interceptor;
  }

  /** Stands for the engine: loses the race the first {@code times} calls, then completes. */
  private static CommandInterceptor failingTimes(int times, AtomicInteger calls) {
    return failingTimes(times, calls,
        () -> new OptimisticLockingException("ExecutionEntity was updated by another transaction concurrently"));
  }

  /** The same with the given failure. */
  private static CommandInterceptor failingTimes(int times, AtomicInteger calls,
      java.util.function.Supplier<RuntimeException> failure) {
    return new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        if (calls.incrementAndGet() <= times) {
          throw failure.get();
        }
        return (T) "completed";
      }
    };
  }

  /** A command run through the interceptor that fails once with {@code failure}: tried again, then done. */
  private static void triedAgainAfter(Command<?> command, java.util.function.Supplier<RuntimeException> failure) {
    AtomicInteger calls = new AtomicInteger();
    Object result = interceptor(failingTimes(1, calls, failure)).execute(command);
    assertThat(result).isEqualTo("completed");
    assertThat(calls).hasValue(2);
  }
}
