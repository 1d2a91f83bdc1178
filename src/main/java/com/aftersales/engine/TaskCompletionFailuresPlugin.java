package com.aftersales.engine;

import java.lang.reflect.Field;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a failed task completion (/task/{id}/complete, /submit-form, or the Java API) into the client error it
 * really is, from one interceptor outside the engine's transaction, so everything the completion did is already
 * rolled back. Any other failure passes unchanged (500, or an incident in a job).
 *
 * <p><b>Bad variables (400).</b> Delegates and domain services check what they
 * rely on and throw {@link IllegalArgumentException} (wrong value, out of range), reading a variable of the
 * wrong type fails with {@link ClassCastException} or {@link NumberFormatException}, and a gateway condition
 * over a variable that was not submitted fails as "Unknown property used in expression": these become
 * {@link TaskInputRejectedException}, which the engine REST API answers 400.
 *
 * <p><b>Two people completing the same task at once (409).</b> Both commands load the open task; the first one
 * commits, the second then works on a stale task and fails inside the engine — with an OptimisticLockingException
 * when it flushes, or earlier with a NullPointerException in {@code ExecutionEntity.removeTask} (the execution has
 * moved on), or, a moment later, with "Cannot find task". When the task is gone and recorded as finished in
 * history, the caller gets {@link TaskAlreadyCompletedException} instead.
 *
 * <p><b>Claiming a task or opening its form while a job moves it (retried).</b> The claim (its assignment listeners)
 * and the form's three reads (form key, deployed form, form variables) meet the same race as a completion below and
 * are tried again alike; a task completed meanwhile is 409 there too.
 *
 * <p><b>A job touching the same case at that moment (retried).</b> When a timer or an asynchronous step of the
 * same case commits while a completion runs, the completion fails with an OptimisticLockingException although
 * nothing is wrong with it, or, when the job ended a parallel branch and the engine moved the task to the case's
 * remaining execution, with a NullPointerException where it uses the execution it read (the engine, the form, a task
 * listener) or the database refusing its flush (a foreign-key or unique violation, a deadlock); the engine REST API
 * would answer 500. The task is still open and the failed attempt left no trace, so the completion is tried again,
 * up to {@value #ATTEMPTS} times, as the job executor does with its jobs. Only for a completion that is its own
 * transaction (not one called from inside another command).
 */
@Component
public class TaskCompletionFailuresPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.add(configuration, new TaskCompletionInterceptor(configuration));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  static final int ATTEMPTS = 3;

  static final class TaskCompletionInterceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    TaskCompletionInterceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      boolean completion = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
      if (!completion && !isClaimOrFormRead(command)) {
        return next.execute(command);
      }
      // a completion called from inside another command shares that command's transaction: no retry there
      boolean ownTransaction = Context.getCommandContext() == null
          && !TransactionSynchronizationManager.isActualTransactionActive();
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (FormFieldValidationException | AuthorizationException e) {
          throw e;
        } catch (RuntimeException e) {
          String taskId = taskId(command);
          TaskState state = taskId == null ? TaskState.UNKNOWN : taskState(taskId);
          if (state == TaskState.COMPLETED) {
            throw new TaskAlreadyCompletedException(taskId, e);
          }
          if (ownTransaction && state == TaskState.OPEN && attempt < ATTEMPTS
              && (isOptimisticLock(e) || lostItsExecution(e) || refusedForAConcurrentChange(e))) {
            pause(attempt);
            continue;
          }
          String reason = completion ? inputProblem(e) : null;
          if (reason == null) {
            throw e;
          }
          throw new TaskInputRejectedException("The task was not completed: " + reason, e);
        }
      }
    }

    enum TaskState { OPEN, COMPLETED, UNKNOWN }

    static boolean isOptimisticLock(Throwable failure) {
      return causedBy(failure, OptimisticLockingException.class);
    }

    /** Whether {@code failure} or one of its causes is a {@code type}. */
    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
      return causedBy(failure, type::isInstance);
    }

    /** Whether {@code failure} or one of its causes is one {@code test} accepts. */
    private static boolean causedBy(Throwable failure, java.util.function.Predicate<Throwable> test) {
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        if (test.test(t)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The task's execution was gone when the command came to use it: a job of the same case ended a parallel branch
     * meanwhile and the engine moved the task to the case's remaining execution. What fails then is a
     * NullPointerException wherever the execution is used: the engine leaving it ({@code TaskEntity.complete}), the
     * form reading it, or a task listener reading a case variable through it. The task is still open and the
     * attempt left no trace, so it is tried again like a lost optimistic lock. A null pointer that is a defect fails
     * the same way on every attempt and is answered as before, after the last one. The engine's own words for the
     * same moment count too: ENGINE-03077, "Cannot resolve parent with id … perhaps it was deleted in the meantime"
     * (seen on a claim at 160 staff, the assignment reading the execution's parent the job had just removed).
     */
    static boolean lostItsExecution(Throwable failure) {
      return causedBy(failure, t -> t instanceof NullPointerException || t instanceof ProcessEngineException
          && t.getMessage() != null && t.getMessage().startsWith(PARENT_DELETED_MEANWHILE));
    }

    /** The engine's message code when an execution's parent was deleted while the command used it. */
    private static final String PARENT_DELETED_MEANWHILE = "ENGINE-03077";

    /**
     * The database refused the completion's flush because of a transaction that ran beside it: a row it refers to
     * was removed meanwhile (a foreign-key violation), the same row was inserted meanwhile (a unique violation), or
     * the two transactions waited on each other (a deadlock, a serialization failure). The same race as a lost
     * optimistic lock, met at the database instead of the engine's version check. SQL states: 23503 and 23505 on
     * PostgreSQL, 23506 and 23505 on H2, 40P01 and 40001; the JDBC driver's chain of a batch is searched too.
     */
    static boolean refusedForAConcurrentChange(Throwable failure) {
      return causedBy(failure, t -> {
        for (java.sql.SQLException sql = t instanceof java.sql.SQLException e ? e : null; sql != null;
            sql = sql.getNextException()) {
          if (sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState())) {
            return true;
          }
        }
        return false;
      });
    }

    private static final java.util.Set<String> CONFLICT_STATES =
        java.util.Set.of("23503", "23505", "23506", "40P01", "40001");

    /** A short, growing, jittered pause, so two retrying completions of one case do not collide again. */
    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /** Why the submitted variables were refused, or null when the failure is not about them. */
    static String inputProblem(Throwable failure) {
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof IllegalArgumentException || t instanceof ClassCastException) {
          return t instanceof ClassCastException ? "a variable has the wrong type (" + t.getMessage() + ")"
              : t.getMessage();
        }
        if (t instanceof ProcessEngineException && t.getMessage() != null
            && t.getMessage().contains("Unknown property used in expression")) {
          return "a required variable is missing (" + t.getMessage() + ")";
        }
      }
      return null;
    }

    /**
     * OPEN: the task still runs. COMPLETED: it no longer runs and history records it as ended (another command
     * completed it). UNKNOWN: neither (it never existed, or it was deleted).
     */
    private TaskState taskState(String taskId) {
      CommandExecutor executor = configuration.getCommandExecutorTxRequired();
      return executor.execute(context -> {
        if (context.getTaskManager().findTaskById(taskId) != null) {
          return TaskState.OPEN;
        }
        HistoricTaskInstanceEntity historic = context.getDbEntityManager()
            .selectById(HistoricTaskInstanceEntity.class, taskId);
        return historic != null && historic.getEndTime() != null ? TaskState.COMPLETED : TaskState.UNKNOWN;
      });
    }

    /** Claiming a task and opening its form as Tasklist does: its form key, the deployed form, the form's variables. */
    static boolean isClaimOrFormRead(Command<?> command) {
      return command instanceof ClaimTaskCmd || command instanceof GetTaskFormCmd
          || command instanceof GetDeployedTaskFormCmd || command instanceof GetTaskFormVariablesCmd;
    }

    /** The task the command is about: its field {@code taskId}, or {@code resourceId} for the form variables. */
    private static String taskId(Command<?> command) {
      for (Class<?> type = command.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
        for (String name : new String[] {"taskId", "resourceId"}) {
          try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(command);
          } catch (NoSuchFieldException e) {
            // not declared on this class
          } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
          }
        }
      }
      return null;
    }
  }
}
