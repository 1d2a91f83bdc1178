package com.aftersales.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Lists a form fills at run time from the staff directory: a select with {@code valuesKey} reads the options from a
 * JSON variable of {label, value} pairs, which Tasklist parses before it draws the form. The people of a group are
 * offered by name with their user id, so a dispatcher picks a person instead of typing an id.
 */
@Component
public class StaffChoices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;

  public StaffChoices(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The members of a group as select options, ordered by their label. */
  public TypedValue membersOf(String group) {
    List<User> members = identityService.createUserQuery().memberOfGroup(group).list();
    ArrayNode options = JSON.createArrayNode();
    members.stream().sorted(Comparator.comparing(StaffChoices::label)).forEach(user ->
        options.addObject().put("label", label(user)).put("value", user.getId()));
    return SpinValues.jsonValue(options.toString()).create();
  }

  /** "张伟 (zhangw)" for a Chinese name (family name first, no space), "Eric Zhang (eric)" otherwise. */
  static String label(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().trim();
    String last = user.getLastName() == null ? "" : user.getLastName().trim();
    String name = han(first) || han(last) ? last + first : (first + " " + last).trim();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }

  private static boolean han(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
