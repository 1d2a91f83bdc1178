package com.aftersales.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * What counts as one e-mail address here: a bare {@code local@domain} (no display name, no list, no group) of at
 * most {@value #MAX_LENGTH} characters, without whitespace or control characters. A profile address with CR/LF
 * or a comma would otherwise add headers or recipients to every group mail sent to its owner.
 */
public final class MailAddresses {

  /** RFC 5321's limit for a forward path less its angle brackets. */
  public static final int MAX_LENGTH = 254;

  private MailAddresses() {}

  /** Whether {@code address} is exactly one syntactically valid address (null and blank are not). */
  public static boolean isValid(String address) {
    return problem(address) == null;
  }

  /** Why {@code address} is not one valid address, or null when it is. */
  public static String problem(String address) {
    if (address == null || address.isBlank()) {
      return "is empty";
    }
    if (address.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    if (address.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return "contains spaces, line breaks or control characters";
    }
    int at = address.indexOf('@');
    if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
      return "is not one address of the form name@domain";
    }
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(address, true);
      if (parsed.length != 1 || parsed[0].getPersonal() != null || !address.equals(parsed[0].getAddress())) {
        return "is not one address of the form name@domain";
      }
      parsed[0].validate();
    } catch (AddressException e) {
      return "is not a valid e-mail address";
    }
    return null;
  }
}
