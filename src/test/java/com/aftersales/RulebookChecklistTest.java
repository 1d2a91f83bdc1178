package com.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docs/rulebook.md, the department's checklist of the rulebooks, true to the project: every model element,
 * class, test class and configuration key it names exists, every rule row has a known status, and the totals it
 * states are the rows it has. No Spring context: it reads the files of the repository.
 */
class RulebookChecklistTest {

  private static final Path CHECKLIST = Path.of("docs/rulebook.md");
  private static final Path PROCESSES = Path.of("processes");
  private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

  /** A table row of a rule: its first cell is a section of one of the five rulebooks ("000 §1.3.3.1"). */
  private static final Pattern RULE_ROW = Pattern.compile("^\\|\\s*00[0-4] [^|].*\\|\\s*$");
  private static final Pattern STATUS =
      Pattern.compile("^(implemented|partly|missing|out of scope)( \\(in progress\\))?$");
  private static final Pattern TOTALS = Pattern.compile(
      "\\*\\*(\\d+) rules\\*\\*: (\\d+) implemented, (\\d+) partly, (\\d+) missing, (\\d+) out of scope"
          + " \\((\\d+) of them in progress\\)");

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern MODEL_REF = Pattern.compile("([a-z0-9-]+\\.(?:bpmn|dmn))#([A-Za-z][A-Za-z0-9_-]*)");
  private static final Pattern CLASS_REF = Pattern.compile("class:((?:[a-z][a-z0-9]*\\.)+[A-Z][A-Za-z0-9]*)");
  private static final Pattern TEST_REF = Pattern.compile("test:([A-Z][A-Za-z0-9]*)");
  private static final Pattern CONFIG_REF = Pattern.compile("config:([a-z0-9][a-z0-9.-]*[a-z0-9])");

  private static String checklist;
  private static List<Row> rows;

  record Row(String line, String section, String status, List<String> references) {}

  @BeforeAll
  static void readChecklist() throws IOException {
    checklist = Files.readString(CHECKLIST, StandardCharsets.UTF_8);
    rows = new ArrayList<>();
    for (String line : checklist.split("\n")) {
      if (RULE_ROW.matcher(line).matches()) {
        List<String> cells = cells(line);
        rows.add(new Row(line, cells.get(0), cells.get(cells.size() - 1), references(line)));
      }
    }
  }

  @Test
  @DisplayName("every rule row has a section, a paraphrase, its place and one of the four statuses; "
      + "only partly or missing rows are marked in progress")
  void everyRuleRowHasAKnownStatus() {
    assertThat(rows).as("rule rows of docs/rulebook.md").hasSizeGreaterThan(100);
    for (Row row : rows) {
      assertThat(cells(row.line())).as(row.line()).hasSize(4);
      Matcher status = STATUS.matcher(row.status());
      assertThat(status.matches()).as("status of " + row.section() + ": '" + row.status() + "'").isTrue();
      if (status.group(2) != null) {
        assertThat(status.group(1)).as("in progress: " + row.section()).isIn("partly", "missing");
      }
    }
  }

  @Test
  @DisplayName("an implemented or partly carried out rule names where it lives")
  void implementedRulesNameTheirPlace() {
    List<String> withoutPlace = rows.stream()
        .filter(r -> r.status().startsWith("implemented") || r.status().startsWith("partly"))
        .filter(r -> r.references().isEmpty())
        .map(Row::section)
        .toList();
    assertThat(withoutPlace).as("rows without a model element, class, test or configuration key").isEmpty();
  }

  @Test
  @DisplayName("the totals the checklist states are the counts of its rows")
  void totalsMatchTheRows() {
    Matcher totals = TOTALS.matcher(checklist);
    assertThat(totals.find()).as("a line '**N rules**: a implemented, b partly, c missing, d out of scope "
        + "(e of them in progress)'").isTrue();
    Map<String, Long> counted = rows.stream().collect(Collectors.groupingBy(
        r -> r.status().replace(" (in progress)", ""), LinkedHashMap::new, Collectors.counting()));
    long inProgress = rows.stream().filter(r -> r.status().endsWith("(in progress)")).count();
    assertThat(List.of(rows.size(), counted.getOrDefault("implemented", 0L).intValue(),
        counted.getOrDefault("partly", 0L).intValue(), counted.getOrDefault("missing", 0L).intValue(),
        counted.getOrDefault("out of scope", 0L).intValue(), (int) inProgress))
        .as("rules, implemented, partly, missing, out of scope, in progress")
        .containsExactly(Integer.parseInt(totals.group(1)), Integer.parseInt(totals.group(2)),
            Integer.parseInt(totals.group(3)), Integer.parseInt(totals.group(4)),
            Integer.parseInt(totals.group(5)), Integer.parseInt(totals.group(6)));
  }

  @Test
  @DisplayName("every reference is written in one of the four forms, so none escapes the checks")
  void everyReferenceIsWellFormed() {
    List<String> malformed = new ArrayList<>();
    Matcher span = CODE_SPAN.matcher(checklist);
    while (span.find()) {
      String text = span.group(1);
      boolean looksLikeReference = text.contains(".bpmn#") || text.contains(".dmn#")
          || text.startsWith("class:") || text.startsWith("test:") || text.startsWith("config:");
      boolean wellFormed = MODEL_REF.matcher(text).matches() || CLASS_REF.matcher(text).matches()
          || TEST_REF.matcher(text).matches() || CONFIG_REF.matcher(text).matches();
      if (looksLikeReference && !wellFormed) {
        malformed.add(text);
      }
    }
    assertThat(malformed).isEmpty();
  }

  @Test
  @DisplayName("every model element it names is an element of that file in processes/")
  void everyModelElementExists() throws Exception {
    Map<String, Set<String>> idsByFile = new HashMap<>();
    Set<String> missing = new TreeSet<>();
    int checked = 0;
    for (String reference : all(MODEL_REF)) {
      Matcher m = MODEL_REF.matcher(reference);
      assertThat(m.matches()).isTrue();
      String file = m.group(1);
      Path model = PROCESSES.resolve(file);
      if (!Files.isRegularFile(model)) {
        missing.add(reference + " (no file processes/" + file + ")");
        continue;
      }
      Set<String> ids = idsByFile.computeIfAbsent(file, f -> elementIds(model));
      if (!ids.contains(m.group(2))) {
        missing.add(reference);
      }
      checked++;
    }
    assertThat(checked).as("model references").isGreaterThan(100);
    assertThat(missing).as("model elements named in docs/rulebook.md that do not exist").isEmpty();
  }

  @Test
  @DisplayName("every class it names exists under src/")
  void everyClassExists() {
    Set<String> references = all(CLASS_REF);
    Set<String> missing = new TreeSet<>();
    for (String reference : references) {
      String path = reference.substring("class:".length()).replace('.', '/') + ".java";
      if (!Files.isRegularFile(Path.of("src/main/java", path)) && !Files.isRegularFile(Path.of("src/test/java", path))) {
        missing.add(reference);
      }
    }
    assertThat(references).as("class references").hasSizeGreaterThan(20);
    assertThat(missing).as("classes named in docs/rulebook.md that do not exist").isEmpty();
  }

  @Test
  @DisplayName("every test class it names exists under src/test")
  void everyTestClassExists() throws IOException {
    Set<String> testClasses;
    try (Stream<Path> files = Files.walk(Path.of("src/test"))) {
      testClasses = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .collect(Collectors.toSet());
    }
    Set<String> references = all(TEST_REF);
    Set<String> missing = references.stream()
        .filter(r -> !testClasses.contains(r.substring("test:".length())))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(references).as("test references").hasSizeGreaterThan(20);
    assertThat(missing).as("test classes named in docs/rulebook.md that do not exist").isEmpty();
  }

  @Test
  @DisplayName("every configuration key it names is a key of application.yml")
  void everyConfigurationKeyExists() throws IOException {
    List<Object> documents = new ArrayList<>();
    try (InputStream in = Files.newInputStream(APPLICATION_YML)) {
      new Yaml().loadAll(in).forEach(documents::add);
    }
    Set<String> references = all(CONFIG_REF);
    Set<String> missing = new TreeSet<>();
    for (String reference : references) {
      List<String> segments = List.of(reference.substring("config:".length()).split("\\."));
      if (documents.stream().noneMatch(d -> hasKey(d, segments))) {
        missing.add(reference);
      }
    }
    assertThat(references).as("configuration references").hasSizeGreaterThan(10);
    assertThat(missing).as("configuration keys named in docs/rulebook.md missing from application.yml").isEmpty();
  }

  /**
   * Whether the YAML tree has the dotted key: at each level the key may be nested ({@code a: b: c:}) or written with
   * dots ({@code a.b: c:}), so the longest matching run of segments is tried first.
   */
  private static boolean hasKey(Object node, List<String> segments) {
    if (segments.isEmpty()) {
      return true;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return false;
    }
    for (int n = segments.size(); n >= 1; n--) {
      String key = String.join(".", segments.subList(0, n));
      if (map.containsKey(key) && hasKey(map.get(key), segments.subList(n, segments.size()))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> elementIds(Path model) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(model.toFile());
      NodeList all = document.getElementsByTagNameNS("*", "*");
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (!id.isEmpty()) {
          ids.add(id);
        }
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + model, e);
    }
  }

  /** The references of one form anywhere in the checklist (rule tables and the table of chosen numbers). */
  private static Set<String> all(Pattern form) {
    Set<String> found = new TreeSet<>();
    Matcher span = CODE_SPAN.matcher(checklist);
    while (span.find()) {
      if (form.matcher(span.group(1)).matches()) {
        found.add(span.group(1));
      }
    }
    return found;
  }

  private static List<String> references(String line) {
    List<String> found = new ArrayList<>();
    Matcher span = CODE_SPAN.matcher(line);
    while (span.find()) {
      String text = span.group(1);
      if (MODEL_REF.matcher(text).matches() || CLASS_REF.matcher(text).matches()
          || TEST_REF.matcher(text).matches() || CONFIG_REF.matcher(text).matches()) {
        found.add(text);
      }
    }
    return found;
  }

  private static List<String> cells(String line) {
    String inner = line.trim();
    inner = inner.substring(1, inner.length() - 1);
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }
}
