package com.aftersales.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance benchmark (issues #7 and #21, see docs/performance.md). Each run of a mode is a JVM of its own, so
 * heap and RSS are that run's: the parent starts {@code --child baseline} and {@code --child tuned} alternately,
 * --pairs times each, on the same class path (the same library versions), reads their JSON from target/benchmark/
 * and prints the medians with their spread, then the last run of each mode in detail.
 */
public final class Benchmark {

  static final Path OUT = Path.of("target", "benchmark");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    Files.createDirectories(OUT);
    if (options.childMode() != null) {
      Map<String, Object> result = new ModeRun(options.childMode(), options).run();
      result.put("options", options.passThrough());
      Staff.JSON.enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(OUT.resolve(options.childMode() + ".json").toFile(), result);
      System.exit(0);
    }
    // Both modes alternate, pair by pair, and which goes first alternates too (B T, T B, B T ...): drift of the
    // machine (page cache, other load, thermal) then falls on both alike. One run per mode without --baseline.
    List<String> order = new ArrayList<>();
    int pairs = options.baseline() ? Math.max(1, options.pairs()) : 1;
    for (int pair = 0; pair < pairs; pair++) {
      order.addAll(!options.baseline() ? List.of("tuned")
          : pair % 2 == 0 ? List.of("baseline", "tuned") : List.of("tuned", "baseline"));
    }
    Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
    Map<String, JsonNode> last = new LinkedHashMap<>();
    int n = 0;
    for (String mode : order) {
      n++;
      Files.deleteIfExists(OUT.resolve(mode + ".json"));
      // e.g. BENCH_JVM_OPTS="-XX:StartFlightRecording=filename=target/benchmark/tuned.jfr" to profile a mode
      List<String> command = javaCommand(options.heap(), "BENCH_JVM_OPTS", Benchmark.class, "--child", mode);
      command.addAll(options.passThrough());
      System.out.println("== run " + n + " of " + order.size() + ": " + mode + " ... "
          + String.join(" ", options.passThrough()));
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      Path file = OUT.resolve(mode + ".json");
      if (exit != 0 || !Files.exists(file)) {
        throw new IllegalStateException(mode + " run failed (exit " + exit + ")");
      }
      Files.copy(file, OUT.resolve(mode + "-" + n + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      JsonNode result = Staff.JSON.readTree(file.toFile());
      runs.computeIfAbsent(mode, k -> new ArrayList<>()).add(result);
      last.put(mode, result);
    }
    Report report = new Report(last);
    String table = Paired.table(runs) + "\n\nLast run of each mode in detail:\n" + report.table();
    System.out.println(table);
    Files.writeString(OUT.resolve("summary.txt"), table);
    Map<String, Object> summary = new LinkedHashMap<>(Paired.summary(runs));
    summary.put("lastRuns", report.summary());
    Staff.JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.resolve("summary.json").toFile(), summary);
    System.out.println("JSON: " + OUT.resolve("summary.json").toAbsolutePath());
  }

  /**
   * A JVM of the harness on this JVM's class path: java, the heap, the JVM options in the environment variable (split
   * at blanks; none when unset), the main class and its arguments.
   */
  static List<String> javaCommand(String heap, String jvmOptsVariable, Class<?> main, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    String jvmOpts = System.getenv().getOrDefault(jvmOptsVariable, "").trim();
    if (!jvmOpts.isEmpty()) {
      command.addAll(List.of(jvmOpts.split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
