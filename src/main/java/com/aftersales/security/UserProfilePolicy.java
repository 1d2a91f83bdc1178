package com.aftersales.security;

import com.aftersales.mail.MailAddresses;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;

/**
 * What a user's profile may hold, checked where the engine stores users ({@link GuardedIdentityProvider}), so
 * every way of writing one is covered: REST {@code PUT /user/{id}/profile}, the Admin and Tasklist profile pages
 * (the same REST resource under /camunda/api/engine), {@code POST /user/create} and the Java API. The e-mail
 * address receives group mails (mail.MailRecipients): exactly one address, no line breaks. A violation is a
 * {@link BadUserRequestException}, which the engine's REST API answers 400, with the field named in the message.
 */
public final class UserProfilePolicy {

  /** Longer names are typing accidents or attacks; the engine's columns hold 255. */
  static final int MAX_NAME_LENGTH = 100;

  private UserProfilePolicy() {}

  /** @throws BadUserRequestException naming the first field that is not acceptable */
  public static void check(User user) {
    String email = user.getEmail();
    if (email != null && !email.isEmpty()) {
      String problem = MailAddresses.problem(email);
      if (problem != null) {
        throw refused(user, "email", problem);
      }
    }
    checkName(user, "firstName", user.getFirstName());
    checkName(user, "lastName", user.getLastName());
  }

  private static void checkName(User user, String field, String value) {
    if (value == null) {
      return;
    }
    if (value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
      throw refused(user, field, "is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw refused(user, field, "contains line breaks or control characters");
    }
  }

  private static BadUserRequestException refused(User user, String field, String problem) {
    return new BadUserRequestException(
        "Invalid profile of user '" + user.getId() + "': " + field + " " + problem);
  }
}
