package com.aftersales.selfservice;

import com.aftersales.desk.CaseContacts;
import com.aftersales.mail.MailDeliveryFailedException;
import com.aftersales.mail.Outbox;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a follow-up call falls due (repair, exchange), the customer gets a mail with a link to the one-question
 * satisfaction page: answering there gives the same score the call would record, so nobody has to call a customer
 * who has answered. Written to the outbox once per case (dedup key); a refusal of the SMTP server does not hold the
 * follow-up call back: the mail stays owed in the outbox, where managers see it and retry it.
 */
@Component
public class FollowUpSatisfactionMail implements TaskListener {

  public static final String TEMPLATE = "follow-up-satisfaction";
  private static final Logger LOG = LoggerFactory.getLogger(FollowUpSatisfactionMail.class);

  private final SatisfactionSurveys surveys;
  private final CaseContacts contacts;
  private final Outbox outbox;
  private final CustomerLinks links;

  public FollowUpSatisfactionMail(
      SatisfactionSurveys surveys, CaseContacts contacts, Outbox outbox, CustomerLinks links) {
    this.surveys = surveys;
    this.contacts = contacts;
    this.outbox = outbox;
    this.links = links;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (caseNumber == null) {
      return;
    }
    Optional<CaseContacts.Contact> found = contacts.of(caseNumber);
    if (found.isEmpty()) {
      // an instance started without a case record (a test flow, a migration): no customer to ask
      LOG.info("No case record {}; no satisfaction mail", caseNumber);
      return;
    }
    SatisfactionSurveys.Survey survey = surveys.openFor(caseNumber, task.getProcessInstanceId());
    if (survey.answered()) {
      return;
    }
    CaseContacts.Contact contact = found.get();
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", caseNumber);
    model.put("customerName", contact.name());
    model.put("satisfactionUrl", links.satisfactionPage(caseNumber, survey.token()));
    try {
      outbox.sendOnce(task.getProcessInstanceId() + ":" + task.getTaskDefinitionKey() + ":satisfaction-link",
          contact.email(), TEMPLATE, model);
    } catch (MailDeliveryFailedException e) {
      LOG.warn("Satisfaction mail of case {} not sent yet, kept in the outbox: {}", caseNumber, e.getMessage());
    }
  }
}
