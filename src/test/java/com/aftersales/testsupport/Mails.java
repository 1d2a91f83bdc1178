package com.aftersales.testsupport;

import com.aftersales.mail.Outbox;
import com.aftersales.mail.OutboxEntry;
import java.util.List;

/** The mails a case left in the outbox, as the process tests look for them. */
public final class Mails {

  private Mails() {}

  /** The case's mails of one template, oldest first. */
  public static List<OutboxEntry> of(Outbox outbox, String caseNumber, String template) {
    return outbox.forCase(caseNumber).stream().filter(m -> template.equals(m.template())).toList();
  }
}
