package com.aftersales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form in forms/ is completed in Tasklist by some browser test in a Chinese (zh-CN) browser and by some
 * browser test in an English one (issue #23: "Browser tests in Chromium (zh-CN and en) for every form"). It reads
 * the {@link CompletesForms} of the browser tests; {@link FormsCompleted} holds each of them to what the test
 * really completed whenever it runs, so the two cannot drift apart.
 */
class FormsCompletedInBothLanguagesTest {

  @Test
  @DisplayName("every form is completed in Tasklist by a browser test in zh-CN and by one in en")
  void everyFormIsCompletedInBothLanguages() throws Exception {
    Map<String, Set<String>> tests = coverage();
    Set<String> missing = new TreeSet<>();
    for (String form : forms()) {
      for (String language : List.of("zh-CN", "en")) {
        if (!tests.containsKey(form + " (" + language + ")")) {
          missing.add(form + " (" + language + ")");
        }
      }
    }
    assertThat(missing).as("forms no browser test completes in that language").isEmpty();
  }

  @Test
  @DisplayName("a browser test names only forms that exist in forms/")
  void browserTestsNameExistingForms() throws Exception {
    Set<String> forms = Set.copyOf(forms());
    assertThat(coverage().keySet()).isNotEmpty()
        .allSatisfy(pair -> assertThat(forms).contains(pair.substring(0, pair.indexOf(" ("))));
  }

  /** "form (language)" to the browser tests that complete it so. */
  static Map<String, Set<String>> coverage() throws IOException, ClassNotFoundException {
    Map<String, Set<String>> tests = new TreeMap<>();
    for (Class<?> type : browserTestClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Disabled.class)) {
          continue;
        }
        for (FormsCompleted.Completion completion : FormsCompleted.declared(method)) {
          tests.computeIfAbsent(completion.toString(), k -> new TreeSet<>())
              .add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    return tests;
  }

  private static List<Class<?>> browserTestClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new java.util.ArrayList<>();
    for (Resource resource : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:" + FormsCompleted.class.getPackageName().replace('.', '/') + "/*.class")) {
      String name = resource.getFilename();
      if (name == null || name.contains("$")) {
        continue;
      }
      Class<?> type = Class.forName(FormsCompleted.class.getPackageName() + "." + name.replace(".class", ""));
      if (type.isAnnotationPresent(BrowserTest.class) && !Modifier.isAbstract(type.getModifiers())
          && !type.isAnnotationPresent(Disabled.class)) {
        classes.add(type);
      }
    }
    return classes;
  }

  static List<String> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form"))
          .map(f -> f.substring(0, f.length() - ".form".length())).sorted().toList();
    }
  }
}
