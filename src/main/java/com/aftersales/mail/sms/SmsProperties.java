package com.aftersales.mail.sms;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS gateway ({@code aftersales.sms.*}).
 *
 * @param gatewayUrl where each SMS is posted as JSON ({@code {"to", "text", "reference"}}, header Idempotency-Key);
 *     empty: no gateway, SMS are kept in the outbox and logged (status KEPT), as mails are without an SMTP host
 * @param token sent as {@code Authorization: Bearer} when set
 * @param timeout for connecting and for the answer (default 10 s)
 */
@ConfigurationProperties("aftersales.sms")
public record SmsProperties(URI gatewayUrl, String token, Duration timeout) {

  public SmsProperties {
    if (timeout == null) {
      timeout = Duration.ofSeconds(10);
    }
  }
}
