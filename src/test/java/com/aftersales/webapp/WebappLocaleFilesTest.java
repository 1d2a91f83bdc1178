package com.aftersales.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese locale files of Tasklist, Cockpit, Admin and Welcome (src/main/resources/META-INF/resources/webjars/
 * camunda/app/&lt;webapp&gt;/locales/zh.json) cover the English file of the Camunda webapp on the classpath, key by
 * key. The English file is read from the webjar at test time, so a Camunda upgrade that adds texts fails here and
 * names the keys still to translate, instead of showing staff the key names (the webapps' missing-translation
 * handler prints the key).
 */
class WebappLocaleFilesTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** Texts that read the same in Chinese: symbols, product names, file types and (moment.js) date patterns. */
  static final Set<String> SAME_IN_CHINESE = Set.of(
      "<", "<=", ">", ">=", "Camunda", "Optimize", "ID", "ID*", "CSV", "JSON", "null", "YYYY-MM-DDTHH:mm:ss",
      "L", "HH:mm");

  /** Matches an AngularJS placeholder such as {{ name }}; both languages must use the same ones. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextOfTheWebappHasAChineseTranslation(String webapp) throws IOException {
    Map<String, JsonNode> english = leaves(read(webapp, "en"));
    Map<String, JsonNode> chinese = leaves(read(webapp, "zh"));

    assertThat(english).as("%s en.json from the webjar", webapp).hasSizeGreaterThan(100);
    assertThat(chinese.keySet()).as("keys of %s zh.json", webapp).containsAll(english.keySet());

    List<String> untranslated = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode zh = chinese.get(key);
      if (en.isTextual() && en.asText().equals("s")) {
        // An English plural ending ("instance" + "s"); Chinese has none, so it is left out on purpose.
        if (!zh.asText().isEmpty()) {
          untranslated.add(key + " (plural ending, must stay empty): " + zh);
        }
      } else if (!zh.isValueNode() || zh.asText().isBlank()) {
        untranslated.add(key + " (empty)");
      } else if (en.isTextual() && zh.asText().equals(en.asText()) && !SAME_IN_CHINESE.contains(en.asText())) {
        untranslated.add(key + " (still English): " + en.asText());
      }
    });
    assertThat(untranslated).as("%s texts without a Chinese translation", webapp).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseTextsKeepThePlaceholdersAndLinksOfTheEnglishOnes(String webapp) throws IOException {
    Map<String, JsonNode> english = leaves(read(webapp, "en"));
    Map<String, JsonNode> chinese = leaves(read(webapp, "zh"));
    List<String> broken = new ArrayList<>();
    english.forEach((key, en) -> {
      String zh = chinese.containsKey(key) ? chinese.get(key).asText() : "";
      if (!placeholders(en.asText()).equals(placeholders(zh)) || !links(en.asText()).equals(links(zh))) {
        broken.add(key + ": " + en.asText() + " -> " + zh);
      }
    });
    assertThat(broken).as("%s texts whose placeholders or links differ", webapp).isEmpty();
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    names.sort(String::compareTo);
    return names;
  }

  private static List<String> links(String text) {
    List<String> hrefs = new ArrayList<>();
    Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(text);
    while (m.find()) {
      hrefs.add(m.group(1));
    }
    return hrefs;
  }

  private JsonNode read(String webapp, String language) throws IOException {
    String path = String.format(LOCALES, webapp, language);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as("classpath:" + path).isNotNull();
      return json.readTree(in);
    }
  }

  /** Every value of the file by its path (labels.X, dateLocales.months[0], ...). */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
