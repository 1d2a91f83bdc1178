package com.aftersales.selfservice;

import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairProcess;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FollowUpSatisfactionMail} on the follow-up calls of the repair and exchange models (task id
 * {@code Task_FollowUpCall}, score variable {@code satisfaction}), whatever else analysts change in them: the models
 * stay as they are in Modeler. The mail bean is looked up when a task is created, not while the engine is built.
 */
@Component
public class FollowUpMailPlugin extends AbstractProcessEnginePlugin {

  /** Process key to the follow-up call's task id; both flows record {@link SatisfactionAnswers#SCORE}. */
  static final Map<String, Set<String>> FOLLOW_UP_CALLS = Map.of(
      RepairProcess.PROCESS_KEY, Set.of(RepairProcess.Elements.FOLLOW_UP_CALL),
      ExchangeProcess.PROCESS_KEY, Set.of(ExchangeProcess.Ids.FOLLOW_UP_CALL));

  private final ObjectProvider<FollowUpSatisfactionMail> mail;

  public FollowUpMailPlugin(ObjectProvider<FollowUpSatisfactionMail> mail) {
    this.mail = mail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener listener = task -> mail.getObject().notify(task);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String key = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            ? definition.getKey() : null;
        if (key != null && FOLLOW_UP_CALLS.getOrDefault(key, Set.of()).contains(activity.getId())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
      }
    });
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
