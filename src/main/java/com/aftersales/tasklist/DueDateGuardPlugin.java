package com.aftersales.tasklist;

import com.aftersales.engine.PreCommandInterceptors;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link DueDateGuard} on every user task of every deployed model, whatever the analysts model. The
 * engine wraps whatever a task listener throws into a ProcessEngineException (500 on the REST API); an interceptor
 * around the task update hands the guard's refusal on as the AuthorizationException it is (403), after the
 * transaction has rolled back.
 */
@Component
public class DueDateGuardPlugin extends AbstractProcessEnginePlugin {

  private final DueDateGuard guard;

  public DueDateGuardPlugin(DueDateGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    PreCommandInterceptors.add(configuration, new RefusalInterceptor());
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_UPDATE, guard);
        }
      }
    });
  }

  static final class RefusalInterceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      // Tasklist and PUT /task/{id} save the whole task; the Java API also sets the due date alone.
      if (!(command instanceof SaveTaskCmd || command instanceof SetTaskDueDateCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof DueDateMoveRefusedException refused) {
            throw refused;
          }
        }
        throw e;
      }
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
