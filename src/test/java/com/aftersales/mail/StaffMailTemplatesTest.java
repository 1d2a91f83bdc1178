package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.CaseVariables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mails to the staff (managers, planning, finance, sales, the after-sales department) are written in Chinese, the
 * staff's language, whatever language the case's customer reads; customer mails keep their per-language
 * templates (CustomerMailLanguageTest).
 */
class StaffMailTemplatesTest {

  /** Three English words in a row, outside {{placeholders}}: an English sentence. */
  static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private final MailTemplates templates = new MailTemplates(StaffTimes.in(ZoneId.of("Asia/Shanghai")));

  @ParameterizedTest
  @ValueSource(strings = {"complaint-escalated", "complaint-reopened", "exchange-rejected", "parts-daily-summary",
      "parts-lead-time-exceeded", "parts-payment-overdue", "parts-replenish-overdue", "parts-shipping-notice",
      "repair-extension-managers", "repair-invoice-request", "consultation-answer-overdue", "emergency-alert",
      "emergency-arrival-overdue", "emergency-progress", "emergency-resolved", "installation-invoice-request",
      "maintenance-engineering-report", "scheduled-report"})
  @DisplayName("a staff mail is written in Chinese, also for a case whose customer reads English")
  void staffMailsAreChinese(String name) throws Exception {
    Path file = Path.of("src/main/resources/mail/templates", name + ".txt");
    String text = Files.readString(file).replaceAll("\\{\\{[^}]*}}", "").replaceAll("/api/\\S+", "");
    assertThat(CHINESE.matcher(text).find()).as(name + " is Chinese").isTrue();
    assertThat(ENGLISH_WORDS.matcher(text).results().map(m -> m.group()).toList()).as(name + ": English sentences")
        .isEmpty();
    assertThat(Path.of("src/main/resources/mail/templates/zh-CN", name + ".txt")).as("one template only").doesNotExist();

    MailTemplates.RenderedMail forEnglishCustomer = templates.render(name,
        Map.of(CaseVariables.LANGUAGE, "en", "caseNumber", "AS-2026-000777"));
    assertThat(CHINESE.matcher(forEnglishCustomer.subject() + forEnglishCustomer.body()).find()).isTrue();
  }
}
