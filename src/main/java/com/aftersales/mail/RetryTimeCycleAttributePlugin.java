package com.aftersales.mail;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the models' {@code camunda:failedJobRetryTimeCycle="R5/PT5M"} <em>attribute</em> in force. Camunda 7 reads the
 * retry cycle only from the {@code <camunda:failedJobRetryTimeCycle>} extension element and silently ignores the
 * attribute, so every mail step (and the other async steps written that way) got the engine default instead: three
 * attempts back to back, no wait, then an incident. A mail server that is away for a few seconds made incidents
 * instead of being retried five minutes later. The extension element, where present, still wins.
 */
@Component
public class RetryTimeCycleAttributePlugin extends AbstractProcessEnginePlugin {

  static final String ATTRIBUTE = "failedJobRetryTimeCycle";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AttributeListener(configuration));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /** Runs after the engine's DefaultFailedJobParseListener (post-parse), so an extension element is kept. */
  static final class AttributeListener extends AbstractBpmnParseListener {

    private final ProcessEngineConfigurationImpl configuration;

    AttributeListener(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    private void apply(Element element, ActivityImpl activity) {
      String cycle = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, ATTRIBUTE);
      if (cycle == null || cycle.isBlank()
          || activity.getProperties().contains(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION)) {
        return;
      }
      // an expression, like the element's value: "R5/PT5M" as a literal, "${...}" evaluated at failure time
      activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
          new FailedJobRetryConfiguration(configuration.getExpressionManager().createExpression(cycle.trim())));
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      apply(element, activity);
    }
  }
}
