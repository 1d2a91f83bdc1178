package com.aftersales.mail;

import com.aftersales.cases.CaseVariables;
import com.aftersales.security.IdentityGeneration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a model's {@code mailTo} into addresses: {@code customer} is the case's customer e-mail, a string
 * with '@' is an address, anything else is a group whose members all get the mail.
 *
 * <p>A group's addresses are remembered ({@code aftersales.mail.recipient-cache-ttl}, 60 s; {@code PT0S} turns it
 * off): a wave of escalations to the same managers would otherwise ask for the same members thousands of times (two
 * queries per mail, docs/performance.md). Only under the current identity generation (security.IdentityGeneration,
 * one primary-key read per resolution): a member who joins, leaves or changes their address is mailed, or not, from
 * the next mail on, whichever node made the change. Only a usable answer is kept; an unknown or empty group asks
 * again.
 */
@Component
public class MailRecipients {

  public static final String CUSTOMER = "customer";

  private static final Logger LOG = LoggerFactory.getLogger(MailRecipients.class);

  private record Addresses(List<String> list, long generation, long expiresAt) {}

  private final IdentityService identityService;
  private final LongSupplier generation;
  private final long ttlMillis;
  private final Clock clock;
  private final Map<String, Addresses> groups = new ConcurrentHashMap<>();

  @Autowired
  public MailRecipients(
      IdentityService identityService,
      IdentityGeneration generation,
      @Value("${aftersales.mail.recipient-cache-ttl:PT60S}") Duration ttl) {
    this(identityService, generation::current, ttl, Clock.systemUTC());
  }

  /** Without a cache: every mail asks the identity service. */
  public MailRecipients(IdentityService identityService) {
    this(identityService, Duration.ZERO, Clock.systemUTC());
  }

  /** Remembered for the time to live only, whatever changes meanwhile. */
  MailRecipients(IdentityService identityService, Duration ttl, Clock clock) {
    this(identityService, () -> 0L, ttl, clock);
  }

  MailRecipients(IdentityService identityService, LongSupplier generation, Duration ttl, Clock clock) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("aftersales.mail.recipient-cache-ttl must not be negative: " + ttl);
    }
    this.identityService = identityService;
    this.generation = generation;
    this.ttlMillis = ttl.toMillis();
    this.clock = clock;
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
    if (ttlMillis == 0) {
      return members(target);
    }
    long now = clock.millis();
    long current = generation.getAsLong();
    Addresses known = groups.get(target);
    if (known != null && known.generation() == current && known.expiresAt() > now) {
      return known.list();
    }
    List<String> addresses = members(target);
    if (groups.size() >= 1_000) {
      groups.clear(); // mail groups are few; a runaway set of names must not grow the map without bound
    }
    groups.put(target, new Addresses(addresses, current, now + ttlMillis));
    return addresses;
  }

  private List<String> members(String target) {
    if (identityService.createGroupQuery().groupId(target).count() == 0) {
      throw new IllegalArgumentException("mailTo names no group, address or 'customer': " + target);
    }
    List<String> addresses = identityService.createUserQuery().memberOfGroup(target).list().stream()
        .filter(MailRecipients::hasUsableAddress)
        .map(User::getEmail)
        .sorted()
        .toList();
    if (addresses.isEmpty()) {
      // A group nobody with an address belongs to is a configuration problem; an incident tells the admin.
      throw new IllegalStateException("Group " + target + " has no member with an e-mail address");
    }
    return addresses;
  }

  /**
   * Profiles are checked when saved (security.UserProfilePolicy); one stored before that, or behind the engine's
   * back, with a line break or a list of addresses is left out rather than handed to the mail server.
   */
  private static boolean hasUsableAddress(User user) {
    String email = user.getEmail();
    if (email == null || email.isBlank()) {
      return false;
    }
    if (!MailAddresses.isValid(email)) {
      LOG.warn("User {} has an invalid e-mail address in the profile; left out of group mails", user.getId());
      return false;
    }
    return true;
  }
}
