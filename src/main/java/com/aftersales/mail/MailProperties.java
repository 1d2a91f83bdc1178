package com.aftersales.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from sender address of every notification
 * @param claimTimeout how long a node may hold a mail in SENDING before another node may take it over
 *     (a node that died mid-send must not lose the mail forever). Keep it at or below the job lock time. A node that
 *     has sent a mail keeps trying to record it as sent for up to half this time (the database may be restarting).
 */
@ConfigurationProperties("aftersales.mail")
public record MailProperties(String from, Duration claimTimeout) {

  public MailProperties {
    if (from == null || from.isBlank()) {
      from = "service@aftersales.example";
    }
    if (claimTimeout == null) {
      claimTimeout = Duration.ofMinutes(5);
    }
  }
}
