package com.aftersales.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one mail step of every flow: input parameters {@code mailTemplate} and {@code mailTo}. Place it
 * asyncBefore with a retry cycle; the SMTP conversation is outside the engine's transaction.
 *
 * <p>The dedup key is the process instance, the activity and a per-activity counter held in a process
 * variable. The counter is written in the job's transaction: a failed attempt rolls it back, so its retry
 * computes the same key (and finds the mail already sent), while the next pass through a loop gets a new one.
 */
@Component("sendMailDelegate")
public class SendMailDelegate implements JavaDelegate {

  public static final String MAIL_TEMPLATE = "mailTemplate";
  public static final String MAIL_TO = "mailTo";
  public static final String COUNTER_PREFIX = "mailCount_";

  private final Outbox outbox;
  private final MailRecipients recipients;
  private final CustomerContacts contacts;
  private final List<MailModelContributor> contributors;

  public SendMailDelegate(Outbox outbox, MailRecipients recipients, CustomerContacts contacts,
      List<MailModelContributor> contributors) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.contacts = contacts;
    this.contributors = contributors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariable(MAIL_TEMPLATE);
    String mailTo = (String) execution.getVariable(MAIL_TO);
    if (template == null || template.isBlank()) {
      throw new IllegalArgumentException("mailTemplate is not set on " + execution.getCurrentActivityId());
    }
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    model.putIfAbsent("caseNumber", execution.getProcessBusinessKey());
    // Contact data from the archive, as it is now (an address corrected since intake is used).
    model.putAll(contacts.forMail(model));
    contributors.forEach(c -> c.contribute(execution.getProcessBusinessKey(), model));

    String counterName = COUNTER_PREFIX + execution.getCurrentActivityId();
    // On the process instance: the mail step's input mapping gives it a local scope that ends with the step.
    Object previous = execution.getProcessInstance().getVariable(counterName);
    int pass = (previous instanceof Number n ? n.intValue() : 0) + 1;
    String keyPrefix = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + pass;

    List<String> addresses = recipients.resolve(mailTo, model);
    for (String address : addresses) {
      outbox.sendOnce(keyPrefix + ":" + (address == null ? "-" : address), address, template, model);
    }
    execution.getProcessInstance().setVariable(counterName, pass);
  }
}
