package com.aftersales.mail;

/** A technical failure talking to the SMTP server: the job is retried and becomes an incident at the end. */
public class MailDeliveryFailedException extends RuntimeException {

  public MailDeliveryFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  public MailDeliveryFailedException(String message) {
    super(message);
  }
}
