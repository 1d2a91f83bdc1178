package com.aftersales.reports.archive;

import com.aftersales.mail.MailRecipients;
import com.aftersales.mail.Outbox;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mails a kept report with its CSV attached, once per report, period and address: the outbox key makes a repeated
 * run (another node, a restart) send nothing twice and deliver what an earlier run could not. The one way the
 * scheduled reports and the monthly customer information report reach their readers.
 */
@Component
public record ReportMail(MailRecipients recipients, Outbox outbox) {

  /**
   * Sends {@code template} to every address the targets (groups, users or addresses) resolve to; the model is the
   * report's own words plus its summary, file name and archive id.
   */
  public void send(ArchivedReport kept, Collection<String> targets, String template, Map<String, Object> words) {
    Map<String, Object> model = new HashMap<>(words);
    model.put("summary", kept.summary());
    model.put("fileName", kept.fileName());
    model.put("archiveId", kept.id());
    for (String target : targets) {
      for (String address : recipients.resolve(target, Map.of())) {
        outbox.sendOnce("report:" + kept.report() + ":" + kept.periodFrom() + ":" + address, address, template,
            model, new Outbox.Attachment(kept.fileName(), kept.csv()));
      }
    }
  }
}
