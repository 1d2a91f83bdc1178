package com.aftersales.mail;

import com.aftersales.engine.StepOnlyVariables;
import org.springframework.stereotype.Component;

/**
 * The mail step's own variables keep no history: its input parameters {@code mailTemplate} and {@code mailTo}
 * live only while the step runs, and the per-step counter behind the mail's dedup key is bookkeeping. What was
 * sent, to whom and when is the outbox's record.
 */
@Component
public class MailStepVariables implements StepOnlyVariables {

  @Override
  public boolean contains(String variableName) {
    return SendMailDelegate.MAIL_TEMPLATE.equals(variableName) || SendMailDelegate.MAIL_TO.equals(variableName)
        || variableName.startsWith(SendMailDelegate.COUNTER_PREFIX);
  }
}
