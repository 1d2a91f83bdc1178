package com.aftersales.faults.node;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Only on the classpath of the fault-test nodes (tools/faults/run.sh copies this package next to the built
 * application; it is not part of the product). Two things a fault run needs that the product does not offer:
 * <ul>
 *   <li>{@code aftersales.faults.lock-owner}: a readable job-executor lock owner ("node-a"), so the driver can see
 *       in ACT_RU_JOB.LOCK_OWNER_ which node holds which job and measure the take-over after a kill (also the
 *       engine's host name, so ACT_HI_JOB_LOG.HOSTNAME_ tells which node executed a job);</li>
 *   <li>{@code aftersales.faults.mail-retry-cycle}: replaces the {@code failedJobRetryTimeCycle} (R5/PT5M in the
 *       models) of every {@code ${sendMailDelegate}} step, so a mail outage becomes incidents within seconds.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty("aftersales.faults.lock-owner")
public class FaultsNodePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FaultsNodePlugin.class);

  private final String lockOwner;
  private final String mailRetryCycle;

  public FaultsNodePlugin(Environment environment) {
    this.lockOwner = environment.getProperty("aftersales.faults.lock-owner");
    this.mailRetryCycle = environment.getProperty("aftersales.faults.mail-retry-cycle", "");
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // ACT_HI_JOB_LOG.HOSTNAME_ then tells which node executed a job
    configuration.setHostname(lockOwner);
    if (mailRetryCycle.isBlank()) {
      return;
    }
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new MailRetryCycleListener(mailRetryCycle));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(lockOwner);
    }
    LOG.warn("Fault-test node: job lock owner '{}', mail retry cycle '{}'", lockOwner,
        mailRetryCycle.isBlank() ? "as modelled" : mailRetryCycle);
  }

  /**
   * Marks the mail steps while their elements are parsed, and replaces their retry cycle once the whole process is
   * parsed: the engine's own DefaultFailedJobParseListener, which reads the {@code <camunda:failedJobRetryTimeCycle>}
   * element, is appended to the post-parse listeners during init, after this plugin's, so an activity-level override
   * would be overwritten again.
   */
  static final class MailRetryCycleListener extends AbstractBpmnParseListener {
    private static final String MAIL_STEP = "faultsMailStep";
    private final String cycle;

    MailRetryCycleListener(String cycle) {
      this.cycle = cycle;
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
      if (delegate != null && delegate.contains("sendMailDelegate") && activity.isAsyncBefore()) {
        activity.setProperty(MAIL_STEP, Boolean.TRUE);
      }
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      override(processDefinition);
    }

    private void override(ScopeImpl scope) {
      for (ActivityImpl activity : scope.getActivities()) {
        if (Boolean.TRUE.equals(activity.getProperty(MAIL_STEP))) {
          activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
              new FailedJobRetryConfiguration(
                  Context.getProcessEngineConfiguration().getExpressionManager().createExpression(cycle)));
        }
        override(activity);
      }
    }
  }
}
