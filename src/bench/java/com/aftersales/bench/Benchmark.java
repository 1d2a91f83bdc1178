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
 * The performance benchmark of issue #7 (see docs/performance.md). Each mode runs in a JVM of its own, so heap and
 * RSS are that mode's: the parent starts {@code --child baseline} and/or {@code --child tuned}, reads their JSON
 * from target/benchmark/ and prints the table (with tuned/baseline ratios when both ran).
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
    List<String> modes = options.baseline() ? List.of("baseline", "tuned") : List.of("tuned");
    Map<String, JsonNode> results = new LinkedHashMap<>();
    for (String mode : modes) {
      Files.deleteIfExists(OUT.resolve(mode + ".json"));
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + options.heap(),
          "-cp", classPath(mode), Benchmark.class.getName(), "--child", mode));
      // e.g. BENCH_JVM_OPTS="-XX:StartFlightRecording=filename=target/benchmark/tuned.jfr" to profile a mode
      String jvmOpts = System.getenv().getOrDefault("BENCH_JVM_OPTS", "").trim();
      if (!jvmOpts.isEmpty()) {
        command.addAll(2, List.of(jvmOpts.split("\\s+")));
      }
      command.addAll(options.passThrough());
      System.out.println("== " + mode + ": " + String.join(" ", command.subList(0, 2)) + " ... "
          + String.join(" ", command.subList(5, command.size())));
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      Path file = OUT.resolve(mode + ".json");
      if (exit != 0 || !Files.exists(file)) {
        throw new IllegalStateException(mode + " run failed (exit " + exit + ")");
      }
      results.put(mode, Staff.JSON.readTree(file.toFile()));
    }
    Report report = new Report(results);
    String table = report.table();
    System.out.println(table);
    Files.writeString(OUT.resolve("summary.txt"), table);
    Staff.JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.resolve("summary.json").toFile(),
        report.summary());
    System.out.println("JSON: " + OUT.resolve("summary.json").toAbsolutePath());
  }

  /**
   * The baseline runs the FEEL engine Camunda 7.24.0 ships (BENCH_STOCK_FEEL_JAR, set by tools/bench/run.sh) instead
   * of the patch release the application pins; the tuned mode runs the application's own class path.
   */
  private static String classPath(String mode) {
    String classPath = System.getProperty("java.class.path");
    String stockFeel = System.getenv("BENCH_STOCK_FEEL_JAR");
    if (!mode.equals("baseline") || stockFeel == null || stockFeel.isBlank()) {
      return classPath;
    }
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      entries.add(entry.contains("/org/camunda/feel/feel-engine/") ? stockFeel : entry);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
