package com.aftersales.customers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the archive reads phone numbers and e-mail addresses: the same rules as intake's (6 to 15 digits, an optional
 * leading +, grouped by spaces, hyphens or parentheses; name@domain), and the keys a customer is found by, so a
 * number typed as {@code 138-0000 0000} and as {@code 13800000000} is one customer.
 */
public final class ContactFormats {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-]*[0-9]");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

  private ContactFormats() {}

  public static boolean validPhone(String phone) {
    if (!PHONE.matcher(phone).matches()) {
      return false;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    return digits >= 6 && digits <= 15;
  }

  public static boolean validEmail(String email) {
    return EMAIL.matcher(email).matches();
  }

  /**
   * The digits of a phone number without China's country code ({@code +86}, {@code 0086}), or null for none: the key a
   * customer is found by.
   */
  public static String phoneDigits(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (phone.trim().startsWith("+86")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    }
    return digits.isEmpty() ? null : digits;
  }

  /** An e-mail address as stored and compared: trimmed, lower case. */
  public static String emailKey(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
