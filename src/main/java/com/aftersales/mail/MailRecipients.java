package com.aftersales.mail;

import com.aftersales.cases.CaseVariables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns a model's {@code mailTo} into addresses: {@code customer} is the case's customer e-mail, a string
 * with '@' is an address, anything else is a group whose members all get the mail.
 */
@Component
public class MailRecipients {

  public static final String CUSTOMER = "customer";

  private final IdentityService identityService;

  public MailRecipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @return the addresses; a list with one null element when the customer has no e-mail address, so the
   *     outbox records the mail as undeliverable instead of dropping it silently
   */
  public List<String> resolve(String mailTo, Map<String, Object> variables) {
    if (mailTo == null || mailTo.isBlank()) {
      throw new IllegalArgumentException("mailTo is not set on the mail step");
    }
    String target = mailTo.trim();
    if (CUSTOMER.equals(target)) {
      Object email = variables.get(CaseVariables.CUSTOMER_EMAIL);
      return java.util.Collections.singletonList(email == null ? null : email.toString());
    }
    if (target.contains("@")) {
      return List.of(target);
    }
    if (identityService.createGroupQuery().groupId(target).count() == 0) {
      throw new IllegalArgumentException("mailTo names no group, address or 'customer': " + target);
    }
    List<String> addresses = identityService.createUserQuery().memberOfGroup(target).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(e -> !e.isBlank())
        .sorted()
        .toList();
    if (addresses.isEmpty()) {
      // A group nobody with an address belongs to is a configuration problem; an incident tells the admin.
      throw new IllegalStateException("Group " + target + " has no member with an e-mail address");
    }
    return addresses;
  }
}
