package com.aftersales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The application runs with full stack traces for exceptions HotSpot would otherwise replace by a shared, empty one
 * after many throws at one place: {@link EngineClientErrors} tells a request's fault by where the engine threw it,
 * and a sweep of thousands of bad requests made the same input check answer 400 at first and 500 later.
 */
class JvmFlagsTest {

  static final String FULL_STACK_TRACES = "-XX:-OmitStackTraceInFastThrow";

  @Test
  void theTestsRunWithFullStackTracesAsTheApplicationDoes() {
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).contains(FULL_STACK_TRACES);
  }

  @Test
  void theDockerImageAndMavenRunStartTheApplicationWithFullStackTraces() throws Exception {
    assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("\"" + FULL_STACK_TRACES + "\"");
    assertThat(Files.readString(Path.of("pom.xml"))).contains("<jvmArguments>" + FULL_STACK_TRACES + "</jvmArguments>");
  }
}
