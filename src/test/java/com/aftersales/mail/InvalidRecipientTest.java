package com.aftersales.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Defence in depth behind the profile check: an address that is not exactly one plain address (stored before the
 * check, or written behind the engine's back) is never handed to the mail server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvalidRecipientTest {

  @Autowired JdbcOutbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired MailRecipients recipients;
  @Autowired IdentityService identityService;

  @ParameterizedTest
  @ValueSource(strings = {"a@example.com\r\nBcc: b@example.com", "a@example.com\nX: 1", "a@example.com, b@example.com",
      "A <a@example.com>", "a@example.com;b@example.com", "a b@example.com", "@example.com", "a@", "a@@example.com"})
  void onlyOnePlainAddressIsAnAddress(String address) {
    assertThat(MailAddresses.isValid(address)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mary@aftersales.example", "pro.filed+service@aftersales.example", "admin@localhost"})
  void plainAddressesAre(String address) {
    assertThat(MailAddresses.isValid(address)).isTrue();
  }

  @Test
  void theOutboxKeepsAMailToAnInvalidAddressAsUndeliverable() {
    String caseNumber = "AS-BADADDR-" + System.nanoTime();
    Map<String, Object> model = Map.of("caseNumber", caseNumber, "customerName", "Zhang Wei");

    OutboxEntry entry = outbox.sendOnce(caseNumber + ":ack", "zhang@example.com\r\nBcc: all@example.com",
        "test-notice", model);

    assertThat(entry.status()).isEqualTo(OutboxEntry.NO_ADDRESS);
    assertThat(entry.recipient()).isEqualTo(OutboxEntry.INVALID_ADDRESS);
    assertThat(jdbc.queryForObject("SELECT recipient FROM mail_outbox WHERE id = ?", String.class, entry.id()))
        .doesNotContain("\n").doesNotContain("all@example.com");
  }

  @Test
  void aGroupMailLeavesOutAMemberWithAnInvalidStoredAddress() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.createGroupQuery().groupId("engineers").count()).thenReturn(1L);
    User good = user("eric", "eric@aftersales.example");
    User bad = user("mallory", "mallory@aftersales.example\r\nBcc: everyone@aftersales.example");
    User list = user("trudy", "trudy@aftersales.example, boss@aftersales.example");
    when(identity.createUserQuery().memberOfGroup("engineers").list()).thenReturn(List.of(good, bad, list));

    assertThat(new MailRecipients(identity).resolve("engineers", Map.of()))
        .containsExactly("eric@aftersales.example");
  }

  @Test
  void aGroupMailFollowsMembershipAndAddressChangesWithTheNextMail() {
    identityService.saveGroup(identityService.newGroup("mail-now-group"));
    try {
      newMember("mn-first", "mn-first@aftersales.example");
      assertThat(recipients.resolve("mail-now-group", Map.of())).containsExactly("mn-first@aftersales.example");

      newMember("mn-joiner", "mn-joiner@aftersales.example");
      assertThat(recipients.resolve("mail-now-group", Map.of()))
          .containsExactly("mn-first@aftersales.example", "mn-joiner@aftersales.example");

      identityService.deleteMembership("mn-first", "mail-now-group");
      User joiner = identityService.createUserQuery().userId("mn-joiner").singleResult();
      joiner.setEmail("mn-joiner.new@aftersales.example");
      identityService.saveUser(joiner);
      assertThat(recipients.resolve("mail-now-group", Map.of())).containsExactly("mn-joiner.new@aftersales.example");
    } finally {
      List.of("mn-first", "mn-joiner").forEach(identityService::deleteUser);
      identityService.deleteGroup("mail-now-group");
    }
  }

  private void newMember(String id, String email) {
    User user = identityService.newUser(id);
    user.setEmail(email);
    identityService.saveUser(user);
    identityService.createMembership(id, "mail-now-group");
  }

  private static User user(String id, String email) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    when(user.getEmail()).thenReturn(email);
    return user;
  }
}
