package com.aftersales.faults;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How the outbox row and the received mail are compared: recipient, subject and a hash of the body text. */
final class MailKey {

  private MailKey() {}

  static String of(String recipient, String subject, String bodyHash) {
    return recipient.trim().toLowerCase() + "|" + clean(subject) + "|" + bodyHash;
  }

  static String clean(String value) {
    return value == null ? "-" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').trim();
  }

  /** Line ends and trailing blanks differ between the outbox text and what arrives over SMTP; the words do not. */
  static String bodyHash(String body) {
    String normalised = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
