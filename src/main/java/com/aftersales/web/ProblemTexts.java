package com.aftersales.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's problem texts per language: message bundles {@code i18n/problems_<language>.properties}, keyed by the
 * code's own English text (which is the English bundle: a text without an entry stays as written). A bundle has
 * {@code text.<English text>} entries for whole texts (titles, fixed messages) and numbered
 * {@code pattern.N.match}/{@code pattern.N.text} pairs for texts with values in them ("must be at most 100
 * characters"), a regular expression and its replacement ($1 the value).
 */
@Component
public class ProblemTexts {

  /** The languages with a bundle; English is the code's own. */
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private record Bundle(Map<String, String> texts, List<Pattern> patterns, List<String> replacements) {}

  private final Locale defaultLanguage;
  private final Map<Locale, Bundle> bundles = new ConcurrentHashMap<>();

  public ProblemTexts(@Value("${aftersales.api.default-language:zh-CN}") String defaultLanguage) {
    this.defaultLanguage = supported(Locale.forLanguageTag(defaultLanguage));
  }

  /** The language a request asks for (its Accept-Language, the first supported one), else the configured default. */
  public Locale languageOf(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
          String tag = range.getRange();
          if (tag.equals("*")) {
            break;
          }
          for (Locale candidate : SUPPORTED) {
            if (Locale.forLanguageTag(tag).getLanguage().equals(candidate.getLanguage())) {
              return candidate;
            }
          }
        }
      } catch (IllegalArgumentException malformed) {
        // a header that is not a language list asks for nothing
      }
    }
    return defaultLanguage;
  }

  public Locale defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * The text in the language: its own entry, else the first pattern that matches (each value it takes in again in the
   * language where it has an entry of its own: "a backslash" in "The request path must be plain: a backslash is not
   * accepted."), else as written.
   */
  public String text(String english, Locale language) {
    return text(english, language, 0);
  }

  private String text(String english, Locale language, int depth) {
    if (english == null) {
      return english;
    }
    Bundle bundle = bundles.computeIfAbsent(supported(language), ProblemTexts::load);
    String whole = bundle.texts().get(english);
    if (whole != null) {
      return whole;
    }
    for (int i = 0; i < bundle.patterns().size() && depth < 3; i++) {
      Matcher m = bundle.patterns().get(i).matcher(english);
      if (m.matches()) {
        return fill(bundle.replacements().get(i), m, language, depth);
      }
    }
    return english;
  }

  /** The replacement with $1…$9 the pattern's values, each in the language where it has an entry of its own. */
  private String fill(String template, Matcher m, Locale language, int depth) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < template.length(); k++) {
      char c = template.charAt(k);
      if (c == '$' && k + 1 < template.length() && Character.isDigit(template.charAt(k + 1))
          && template.charAt(k + 1) - '0' <= m.groupCount()) {
        String value = m.group(template.charAt(k + 1) - '0');
        out.append(value == null ? "" : text(value, language, depth + 1));
        k++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Locale supported(Locale asked) {
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
        .orElse(Locale.SIMPLIFIED_CHINESE);
  }

  private static Bundle load(Locale language) {
    Properties properties = new Properties();
    String name = "i18n/problems_" + language.toLanguageTag().replace('-', '_') + ".properties";
    try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(name)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new ConcurrentHashMap<>();
    TreeMap<Integer, String[]> patterns = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      if (key.startsWith("text.")) {
        texts.put(key.substring(5), value);
      } else if (key.startsWith("pattern.")) {
        String[] parts = key.split("\\.");
        String[] pair = patterns.computeIfAbsent(Integer.parseInt(parts[1]), n -> new String[2]);
        pair[parts[2].equals("match") ? 0 : 1] = value;
      }
    }
    List<Pattern> compiled = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    patterns.values().forEach(pair -> {
      compiled.add(Pattern.compile(pair[0], Pattern.DOTALL));
      replacements.add(pair[1]);
    });
    return new Bundle(texts, compiled, replacements);
  }
}
