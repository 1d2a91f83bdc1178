package com.aftersales.tuning;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Two people completing the same task at once. Both commands load the open task; the first one commits, the
 * second then works on a stale task and fails inside the engine — with an OptimisticLockingException when it
 * flushes, or earlier with a NullPointerException in {@code ExecutionEntity.removeTask} (the execution has moved
 * on), or, a moment later, with "Cannot find task". Its transaction is rolled back either way, so the case stays
 * as the first completion left it; only the answer was wrong (500). This interceptor sits outside the engine's
 * transaction: when a completion fails and the task is gone and recorded as finished in history, it answers
 * {@link TaskAlreadyCompletedException} (REST 409) instead. Any other failure passes unchanged.
 */
@Component
public class ConcurrentCompletionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  static final class Interceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Interceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (AuthorizationException | FormFieldValidationException e) {
        throw e;
      } catch (RuntimeException e) {
        String taskId = taskId(command);
        if (taskId != null && completedMeanwhile(taskId)) {
          throw new TaskAlreadyCompletedException(taskId, e);
        }
        throw e;
      }
    }

    /** The task no longer runs and history records it as ended: another command completed it. */
    private boolean completedMeanwhile(String taskId) {
      CommandExecutor executor = configuration.getCommandExecutorTxRequired();
      return executor.execute(context -> {
        if (context.getTaskManager().findTaskById(taskId) != null) {
          return false;
        }
        HistoricTaskInstanceEntity historic = context.getDbEntityManager()
            .selectById(HistoricTaskInstanceEntity.class, taskId);
        return historic != null && historic.getEndTime() != null;
      });
    }

    private static String taskId(Command<?> command) {
      try {
        Field field = (command instanceof CompleteTaskCmd ? CompleteTaskCmd.class : SubmitTaskFormCmd.class)
            .getDeclaredField("taskId");
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
  }
}
