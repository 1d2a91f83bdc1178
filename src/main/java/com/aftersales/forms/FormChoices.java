package com.aftersales.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The fixed lists a Camunda Form offers (select, radio, checklist and taglist with static {@code values}) and
 * the check that a submitted value is one of them. Tasklist offers only these values, but /task/{id}/complete and
 * /submit-form accept anything, and a value outside the list ends up in reports, mails and CSV files (an
 * {@code =HYPERLINK(...)} "category"). Lists filled at run time ({@code valuesKey}, {@code valuesExpression}) are
 * not fixed and not checked here. Neither are the fields of a dynamic list: its items travel as one JSON variable
 * that the flow checks line by line itself (the parts lines: PartsLines accepts spellings such as "2.0 m" for a
 * size, normalises them, and sends every other wrong line back to the specialist with the problem named).
 *
 * @param fields key of a field (groups included) to the values it offers
 * @param manyKeys keys of those fields that take several values (checklist, taglist: an array)
 * @param freeKeys keys of the form's other inputs (free text, numbers, ...): the form lets people type them.
 *     Read-only and disabled fields are neither: they show what the case holds and offer nothing.
 * @param runtimeLists selects filled at run time: the field's place in the submitted variables ({@code engineer},
 *     or {@code partsLines.0.part} inside a group bound to a path) to the variable holding its {label, value} list
 */
public record FormChoices(Map<String, Set<String>> fields, Set<String> manyKeys, Set<String> freeKeys,
    Map<String, String> runtimeLists) {

  static final Set<String> LIST_TYPES = Set.of("select", "radio", "checklist", "taglist");
  static final Set<String> MANY_VALUES = Set.of("checklist", "taglist");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN_VALUE = 60;

  public static final FormChoices NONE = new FormChoices(Map.of(), Set.of(), Set.of(), Map.of());

  public FormChoices(Map<String, Set<String>> fields, Set<String> manyKeys, Set<String> freeKeys) {
    this(fields, manyKeys, freeKeys, Map.of());
  }

  /** The lists of one form (Camunda Form JSON). */
  public static FormChoices of(JsonNode form) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    Set<String> many = new LinkedHashSet<>();
    Set<String> free = new LinkedHashSet<>();
    Map<String, String> runtime = new LinkedHashMap<>();
    collect(form.path("components"), "", fields, many, free, runtime);
    return new FormChoices(fields, many, free, runtime);
  }

  public static FormChoices of(byte[] formJson) throws IOException {
    return of(JSON.readTree(formJson));
  }

  private static void collect(JsonNode components, String prefix, Map<String, Set<String>> fields,
      Set<String> many, Set<String> free, Map<String, String> runtime) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (type.equals("dynamiclist")) {
        if (c.hasNonNull("path")) {
          free.add(c.path("path").asText()); // the flow checks the items
        }
        continue;
      }
      if (c.has("components")) {
        String path = c.path("path").asText("");
        collect(c.path("components"), path.isEmpty() ? prefix : prefix + path + ".", fields, many, free, runtime);
      }
      String key = c.path("key").asText("");
      if (key.isEmpty() || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
        continue; // shown, not offered: Tasklist sends back what the case holds
      }
      if (LIST_TYPES.contains(type) && !MANY_VALUES.contains(type) && c.hasNonNull("valuesKey")) {
        runtime.put(prefix + key, c.path("valuesKey").asText());
      }
      if (LIST_TYPES.contains(type) && c.path("values").isArray()) {
        Set<String> values = fields.computeIfAbsent(key, k -> new LinkedHashSet<>());
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
        if (MANY_VALUES.contains(type)) {
          many.add(key);
        }
      } else {
        free.add(key);
      }
    }
  }

  /** Both forms' lists; a key listed in both offers the values of both. */
  public FormChoices and(FormChoices other) {
    Map<String, String> runtime = new LinkedHashMap<>(other.runtimeLists);
    runtime.putAll(runtimeLists);
    return new FormChoices(union(fields, other.fields), union(manyKeys, other.manyKeys), union(freeKeys, other.freeKeys),
        runtime);
  }

  /**
   * The task form's lists, and for keys the task form does not have at all, the lists that other forms of the
   * same process offer for them (unless another form lets people type it): a value refused on its own task cannot
   * come in through another one.
   */
  public FormChoices withListsOfOtherForms(FormChoices others) {
    Map<String, Set<String>> f = new LinkedHashMap<>(fields);
    others.fields.forEach((key, values) -> {
      if (!fields.containsKey(key) && !freeKeys.contains(key) && !others.freeKeys.contains(key)) {
        f.put(key, values);
      }
    });
    Set<String> many = new LinkedHashSet<>(manyKeys);
    f.keySet().stream().filter(others.manyKeys::contains).forEach(many::add);
    return new FormChoices(f, many, freeKeys, runtimeLists);
  }

  /**
   * What is wrong with the values submitted for lists filled at run time: each is held to the list the task holds in
   * the select's {@code valuesKey} variable ({@code listOf} gives it; null when the task holds none, which leaves the
   * field unchecked). A field inside a group bound to a path is looked up inside the submitted JSON variable.
   */
  public List<String> runtimeProblems(Map<String, ?> variables, java.util.function.Function<String, Object> listOf) {
    List<String> problems = new ArrayList<>();
    if (variables == null || runtimeLists.isEmpty()) {
      return problems;
    }
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    runtimeLists.forEach((path, valuesKey) -> {
      String[] steps = path.split("\\.");
      if (!variables.containsKey(steps[0])) {
        return;
      }
      Object value = at(plain(variables.get(steps[0])), steps);
      if (value == null) {
        return;
      }
      Set<String> allowed = lists.computeIfAbsent(valuesKey, k -> offered(listOf.apply(k)));
      if (allowed != null) {
        check(path, List.of(value), allowed, problems);
      }
    });
    return problems;
  }

  /** The value at a path (first step: the variable), null when absent. */
  private static Object at(Object variable, String[] steps) {
    if (steps.length == 1 || variable == null) {
      return variable;
    }
    JsonNode node;
    try {
      node = variable instanceof Map<?, ?> || variable instanceof Collection<?>
          ? JSON.valueToTree(variable) : JSON.readTree(variable.toString()); // a Spin JSON value prints as its JSON
    } catch (IOException notJson) {
      return variable.toString(); // not the list the form sends: checked as it is, and refused
    }
    for (int i = 1; i < steps.length && node != null; i++) {
      node = node.isArray() && steps[i].matches("\\d+") ? node.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  /** The values of a {label, value} list variable; null when there is none. */
  private static Set<String> offered(Object list) {
    Object plain = plain(list);
    if (plain == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(plain.toString());
      if (!node.isArray()) {
        return null;
      }
      Set<String> values = new LinkedHashSet<>();
      node.forEach(o -> values.add(o.path("value").asText()));
      return values;
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * What is wrong with the submitted variables, one sentence per field naming it; empty when nothing is. A
   * variable that is absent or null is not checked (whether it is required is the process's business).
   */
  public List<String> problems(Map<String, ?> variables) {
    List<String> problems = new ArrayList<>();
    if (variables == null) {
      return problems;
    }
    fields.forEach((key, allowed) -> {
      if (variables.containsKey(key)) {
        Object value = plain(variables.get(key));
        if (value != null) {
          check(key, manyKeys.contains(key) ? values(value) : List.of(value), allowed, problems);
        }
      }
    });
    return problems;
  }

  private static void check(String field, Collection<?> chosen, Set<String> allowed, List<String> problems) {
    for (Object one : chosen) {
      if (!(one instanceof String s && allowed.contains(s))) {
        String shown = String.valueOf(one);
        if (shown.length() > SHOWN_VALUE) {
          shown = shown.substring(0, SHOWN_VALUE) + "...";
        }
        problems.add(field + " must be one of " + String.join(", ", allowed) + " (the form's list), not '"
            + shown + "'");
        return;
      }
    }
  }

  /** The values of a checklist or taglist: a list, or a JSON array (Tasklist sends arrays as Json variables). */
  private static Collection<?> values(Object value) {
    if (value instanceof Collection<?> many) {
      return many;
    }
    try {
      JsonNode node = JSON.readTree(value.toString()); // a Spin JSON value prints as its JSON
      if (node.isArray()) {
        List<Object> values = new ArrayList<>();
        node.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return values;
      }
    } catch (IOException notJson) {
      // not an array: checked as the single value it is
    }
    return List.of(value);
  }

  /** The value itself: typed values unwrapped, an undeserialised object as its serialised form. */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    if (value instanceof TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, Set<String>> union(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    a.forEach((k, v) -> all.put(k, new LinkedHashSet<>(v)));
    b.forEach((k, v) -> all.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    return all;
  }
}
