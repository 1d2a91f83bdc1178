package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every problem text the application's code writes has its Chinese: each field error message
 * ({@code new FieldError(field, "…")}), each problem title and detail ({@code InvalidRequestException},
 * {@code requireValid}, {@code NotFoundException}, {@code setTitle}, {@code Problems.of},
 * {@code forStatusAndDetail}, a photo's refusal, the messages of the exceptions the API answers with) and each resource
 * a 403 names ({@code StaffAccess.require}) found in src/main/java. A text put together from values ("must be at most " + max + "
 * characters") is checked with a sample value in each place, so the bundle's pattern must take it; English stays
 * the code's own text.
 */
class ProblemTextsCoverageTest {

  private static final Pattern CALLS = Pattern.compile("new FieldError\\(|new InvalidRequestException\\("
      + "|requireValid\\(|\\.setTitle\\(|Problems\\.of\\(|new NotFoundException\\(|forStatusAndDetail\\("
      + "|new PhotoRejectedException\\(|StaffAccess\\.require\\(|new DueDateMoveRefusedException\\(|\\bsuper\\(");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
  /** Texts that are no problem text (a PDF's title) or are put together from texts checked on their own. */
  private static final Set<String> NOT_PROBLEM_TEXTS = Set.of(
      "documents/CaseDocuments.java:7 7",
      "web/ApiExceptionHandler.java:the request body 7",
      "web/InvalidRequestException.java:7 invalid field(s): 7",
      "photos/PhotoRejectedException.java:7 7",
      // SelfServiceThrottle.tooMany puts its texts together from what its two callers limit: checked below as sent
      "selfservice/SelfServiceThrottle.java:Too many 7",
      "selfservice/SelfServiceThrottle.java:Too many 7; try again in 7 seconds.");

  private final ProblemTexts texts = new ProblemTexts("zh-CN");

  @Test
  @DisplayName("every field message and problem text in src/main/java has its Chinese in problems_zh_CN.properties")
  void everyProblemTextOfTheCodeHasItsChinese() throws IOException {
    TreeMap<String, String> untranslated = new TreeMap<>();
    int checked = 0;
    Path root = Path.of("src/main/java/com/aftersales");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String name = root.relativize(file).toString().replace('\\', '/');
        Matcher call = CALLS.matcher(source);
        while (call.find()) {
          if (call.group().startsWith("super") && !name.endsWith("Exception.java")) {
            continue;
          }
          List<String> args = splitTopLevel(arguments(source, call.end()), ',');
          List<String> textArgs = textArguments(call.group(), args);
          for (String arg : textArgs) {
            for (String sample : samples(arg)) {
              if (NOT_PROBLEM_TEXTS.contains(name + ":" + sample)) {
                continue;
              }
              checked++;
              if (texts.text(sample, Locale.SIMPLIFIED_CHINESE).equals(sample)) {
                untranslated.put(sample, name + ":" + (source.substring(0, call.start()).split("\n", -1).length));
              }
            }
          }
        }
      }
    }
    assertThat(checked).as("texts found in the code").isGreaterThan(200);
    assertThat(untranslated).as("problem texts without Chinese (text → where)").isEmpty();
    assertThat(texts.text("the request body must be well-formed JSON", Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(
        "the request body must be well-formed JSON");
    assertThat(texts.text("the request body is required", Locale.SIMPLIFIED_CHINESE)).isEqualTo("请求内容为必填项");
    for (String limited : List.of("attempts", "requests")) { // SelfServiceThrottle.tooMany's callers
      assertThat(texts.text("Too many " + limited, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo("Too many " + limited);
      String detail = "Too many " + limited + "; try again in 12 seconds.";
      assertThat(texts.text(detail, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(detail).contains("12");
    }
  }

  @Test
  @DisplayName("a pattern's values are taken in the language where they have an entry of their own, else as they are")
  void valuesOfAPatternAreTranslatedWhereTheyHaveAnEntry() {
    assertThat(texts.text("The request path must be plain: a backslash is not accepted.", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("请求路径须为普通路径：不接受 反斜杠。");
    assertThat(texts.text("must be one of phone, online", Locale.SIMPLIFIED_CHINESE)).isEqualTo("须为以下之一：phone, online");
    assertThat(texts.text("The request path must be plain: a backslash is not accepted.", Locale.ENGLISH))
        .isEqualTo("The request path must be plain: a backslash is not accepted.");
  }

  /**
   * The arguments that are texts shown in a problem: a field error's message (after its field), a photo refusal's
   * (after status and field), the resource StaffAccess names in its 403, whatever follows a status, else the first.
   */
  private static List<String> textArguments(String call, List<String> args) {
    if (call.startsWith("new FieldError") || call.startsWith("StaffAccess")) {
      return args.size() < 2 ? List.of() : List.of(String.join(",", args.subList(1, args.size())));
    }
    if (call.startsWith("new PhotoRejectedException")) {
      return args.size() < 3 ? List.of() : List.of(String.join(",", args.subList(2, args.size())));
    }
    if (!args.isEmpty() && args.get(0).strip().startsWith("HttpStatus")) {
      return args.subList(1, args.size());
    }
    return args.subList(0, Math.min(1, args.size()));
  }

  /** The text of an argument with "7" for each value put into it; a conditional gives each of its texts. */
  static List<String> samples(String expression) {
    List<String> alternatives = splitTopLevel(expression.strip(), '?');
    if (alternatives.size() > 1) {
      List<String> all = new ArrayList<>();
      for (String branch : splitTopLevel(alternatives.get(1), ':')) {
        all.addAll(samples(branch));
      }
      return all;
    }
    StringBuilder sample = new StringBuilder();
    boolean literal = false;
    for (String part : splitTopLevel(expression, '+')) {
      Matcher m = LITERAL.matcher(part.strip());
      if (m.matches()) {
        sample.append(m.group(1).replaceAll("\\\\(.)", "$1"));
        literal = true;
      } else {
        sample.append('7');
      }
    }
    return literal ? List.of(sample.toString()) : List.of();
  }

  /** The source between the call's opening parenthesis and its closing one. */
  private static String arguments(String source, int start) {
    int depth = 1;
    boolean inString = false;
    int i = start;
    for (; depth > 0 && i < source.length(); i++) {
      char c = source.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return source.substring(start, i - 1);
  }

  /** Splits at the separator outside strings, characters and brackets. */
  static List<String> splitTopLevel(String expression, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    char quote = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (")]}".indexOf(c) >= 0) {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(expression.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(expression.substring(from));
    return parts;
  }
}
