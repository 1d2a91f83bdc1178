package com.aftersales.reports.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.reports.staff.StaffReportService;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The weekly report against a real SMTP server (GreenMail): made on Monday for the week before, kept in the
 * archive, mailed to every recipient with the CSV attached; a second run (another node, a repeated job) keeps no
 * second report and sends no second mail.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3025",
      "aftersales.quality.reports.schedules.weekly.recipients[0]=service-managers",
      "aftersales.quality.reports.schedules.weekly.recipients[1]=meeting@aftersales.example"
    })
@ActiveProfiles("test")
class ScheduledReportsTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  /** Monday 2033-05-16 07:30 in Shanghai. */
  static final Instant MONDAY = Instant.parse("2033-05-15T23:30:00Z");

  @Autowired ScheduledReports reports;
  @Autowired StaffReportService staffReports;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("the weekly report covers last Monday to Sunday, is kept once and mailed once to each recipient with its CSV")
  void weeklyReportIsKeptAndMailedOnce() throws Exception {
    ClockUtil.setCurrentTime(Date.from(MONDAY));
    ArchivedReport kept = reports.run("weekly");
    assertThat(kept.periodFrom()).isEqualTo(LocalDate.parse("2033-05-09"));
    assertThat(kept.periodTo()).isEqualTo(LocalDate.parse("2033-05-15"));
    assertThat(kept.fileName()).isEqualTo("weekly-2033-05-09-2033-05-15.csv");
    Set<String> everyone = new LinkedHashSet<>();
    identityService.createUserQuery().list().forEach(u -> everyone.add(u.getId()));
    assertThat(kept.csv()).isEqualTo(staffReports.report(kept.periodFrom(), kept.periodTo(), everyone).csv());
    assertThat(kept.summary()).contains("结案数", "平均满意度");

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
        .contains("sam@aftersales.example", "meeting@aftersales.example")
        .doesNotHaveDuplicates(); // each service manager (other tests may add members) and the meeting address, once
    for (MimeMessage mail : mails) {
      assertThat(mail.getSubject()).contains("服务周报", "2033-05-09", "2033-05-15");
      MimeMultipart parts = (MimeMultipart) mail.getContent();
      BodyPart attachment = parts.getBodyPart(parts.getCount() - 1);
      assertThat(attachment.getFileName()).isEqualTo(kept.fileName());
      assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(kept.csv());
    }

    // a second node (or a repeated run) the same morning
    ArchivedReport again = reports.run("weekly");
    assertThat(again.id()).isEqualTo(kept.id());
    assertThat(smtp.getReceivedMessages()).hasSize(mails.length);
  }

  @Test
  @DisplayName("the archive lists kept reports for managers and serves each CSV; staff without a manager group get 403")
  void archiveServesTheKeptReports() {
    ClockUtil.setCurrentTime(Date.from(MONDAY));
    ArchivedReport kept = reports.run("daily");
    ClockUtil.reset();

    ResponseEntity<JsonNode> list = rest.withBasicAuth("sam", "sam").getForEntity("/api/reports/archive?report=daily", JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).anySatisfy(r -> {
      assertThat(r.path("id").asLong()).isEqualTo(kept.id());
      assertThat(r.path("periodFrom").asText()).isEqualTo("2033-05-15");
      assertThat(r.has("csv")).isFalse();
    });
    ResponseEntity<String> csv = rest.withBasicAuth("grace", "grace")
        .getForEntity("/api/reports/archive/" + kept.id() + "/csv", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody()).isEqualTo(kept.csv());
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(kept.fileName());

    assertThat(rest.withBasicAuth("mary", "mary").getForEntity("/api/reports/archive", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("sam", "sam").getForEntity("/api/reports/archive/999999/csv", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> unknown = rest.withBasicAuth("sam", "sam")
        .getForEntity("/api/reports/archive?report=hourly", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("errors").get(0).path("field").asText()).isEqualTo("report");
  }
}
