package com.aftersales.hardening;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Makes a task completion with bad variables a client error. Delegates and domain services check what they
 * rely on and throw {@link IllegalArgumentException} (wrong value, out of range), reading a variable of the
 * wrong type fails with {@link ClassCastException} or {@link NumberFormatException}, and a gateway condition
 * over a variable that was not submitted fails as "Unknown property used in expression". During a task
 * completion these are the submitter's fault: the interceptor, outside the engine's transaction (so
 * everything is already rolled back), turns them into {@link TaskInputRejectedException}, which the engine
 * REST API answers 400. Anything else stays a technical failure (500).
 */
@Component
public class TaskInputValidationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new TaskCompletionInterceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  static final class TaskCompletionInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (FormFieldValidationException | AuthorizationException e) {
        throw e;
      } catch (RuntimeException e) {
        String reason = inputProblem(e);
        if (reason == null) {
          throw e;
        }
        throw new TaskInputRejectedException("The task was not completed: " + reason, e);
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
  }
}
