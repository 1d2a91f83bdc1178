package com.aftersales.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.batch.history.DeleteHistoricBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.springframework.stereotype.Component;

/**
 * Jobs, job definitions, history cleanup, batches and incidents are the operators' (camunda-admin) business, checked
 * inside the engine so every door is covered: /engine-rest, the webapps' /camunda/api/engine/..., Cockpit's plugin
 * API and Java callers alike. The engine itself authorizes a job only through its process definition, so a job
 * that belongs to none (the history cleanup the retention promise relies on, batch jobs) could be deleted,
 * executed or rescheduled by any signed-in user.
 *
 * <p>The check applies where the engine applies its own: authorization enabled, checks not switched off for the
 * running command, a user signed in. The job executor and the application's own calls run without a user and
 * pass. A command that creates a batch (asynchronous retries, deletions, migrations, ...) is refused after the
 * fact, inside its transaction, so nothing of it stays.
 */
@Component
public class OperatorCommandsPlugin extends AbstractProcessEnginePlugin {

  /** Commands behind ManagementService, HistoryService, RuntimeService and TaskService methods for operators only. */
  static final Set<Class<?>> OPERATOR_COMMANDS = Set.of(
      // jobs
      DeleteJobCmd.class, DeleteJobsCmd.class, ExecuteJobsCmd.class, SetJobRetriesCmd.class,
      SetJobsRetriesBatchCmd.class, SetJobsRetriesByProcessBatchCmd.class, SetJobDuedateCmd.class,
      RecalculateJobDuedateCmd.class, SetJobPriorityCmd.class, AbstractSetJobStateCmd.class, UnlockJobCmd.class,
      // job definitions
      AbstractSetJobDefinitionStateCmd.class, SetJobDefinitionPriorityCmd.class,
      // history cleanup
      HistoryCleanupCmd.class,
      // batches
      DeleteBatchCmd.class, AbstractSetBatchStateCmd.class, DeleteHistoricBatchCmd.class,
      SetRemovalTimeToHistoricBatchesCmd.class,
      // incidents
      ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class, CreateIncidentCmd.class,
      // deleting a task outright: staff never create tasks of their own, and the engine answers 204 to a delete of
      // a task that no longer exists, whoever asks
      DeleteTaskCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> txRequired = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    txRequired.add(new OperatorCommandsInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(txRequired);
    List<CommandInterceptor> txRequiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
    txRequiresNew.add(new OperatorCommandsInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(txRequiresNew);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** Answered once per command class: the interceptor sees every command the engine runs. */
  private static final ClassValue<Boolean> IS_OPERATOR_COMMAND = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return OPERATOR_COMMANDS.stream().anyMatch(operatorCommand -> operatorCommand.isAssignableFrom(type));
    }
  };

  static boolean isOperatorCommand(Command<?> command) {
    return IS_OPERATOR_COMMAND.get(command.getClass());
  }

  /** Runs inside the command context (after the engine's CommandContextInterceptor). */
  static final class OperatorCommandsInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof FailedJobListener && nonOperator()) {
        // Only a refused POST /job/{id}/execute fails a job in a signed-in non-operator's thread: that is no
        // failure of the job, so it keeps its retries and gets no incident.
        return null;
      }
      if (isOperatorCommand(command)) {
        refuseNonOperator(command);
      }
      T result = next.execute(command);
      if (result instanceof Batch) {
        refuseNonOperator(command);
      }
      return result;
    }

    private static void refuseNonOperator(Command<?> command) {
      if (nonOperator()) {
        throw new AuthorizationException("The user with id '" + Context.getCommandContext().getAuthenticatedUserId()
            + "' may not " + describe(command) + ": jobs, job definitions, history cleanup, batches and incidents"
            + " are for operators (" + StaffGroups.CAMUNDA_ADMIN + ").");
      }
    }

    /** A signed-in user outside camunda-admin, while the engine checks authorizations. */
    private static boolean nonOperator() {
      CommandContext context = Context.getCommandContext();
      if (context == null
          || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
          || !context.isAuthorizationCheckEnabled()) {
        return false;
      }
      Authentication authentication = context.getAuthentication();
      return authentication != null && authentication.getUserId() != null
          && !context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    private static String describe(Command<?> command) {
      String name = command.getClass().getSimpleName().replaceFirst("Cmd$", "");
      return "run " + name;
    }
  }
}
