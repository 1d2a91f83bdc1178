package com.aftersales.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Everything an analyst puts into processes/ and forms/ reaches the engine, forms included. */
@SpringBootTest
@ActiveProfiles("test")
class AutoDeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyModelAndFormFileIsPartOfTheApplicationDeployment() throws IOException {
    List<String> files = projectFiles("processes", "bpmn", "dmn");
    files.addAll(projectFiles("forms", "form"));

    // Auto-deployed resource names are absolute paths of the classpath copies (…/processes/repair.bpmn).
    Set<String> deployed = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .map(name -> name.replace('\\', '/'))
        .collect(Collectors.toSet());

    for (String file : files) {
      assertThat(deployed).as("deployed resources").anyMatch(name -> name.endsWith("/" + file) || name.equals(file));
    }
  }

  @Test
  void everyProcessFileDefinesAnExecutableProcessNamedLikeTheFile() throws IOException {
    for (String file : projectFiles("processes", "bpmn")) {
      String key = file.substring(file.lastIndexOf('/') + 1, file.length() - ".bpmn".length());
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().count())
          .as("process definition %s", key).isEqualTo(1);
    }
  }

  private static List<String> projectFiles(String folder, String... extensions) throws IOException {
    Path root = Path.of(folder);
    if (!Files.isDirectory(root)) {
      return new java.util.ArrayList<>();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile)
          .map(p -> p.toString().replace('\\', '/'))
          .filter(p -> Stream.of(extensions).anyMatch(e -> p.endsWith("." + e)))
          .collect(Collectors.toCollection(java.util.ArrayList::new));
    }
  }
}
