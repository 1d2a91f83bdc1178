package com.aftersales.security.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Checks every new deployment before the engine's deployers parse it, whoever deploys (an analyst from Camunda
 * Modeler over {@code /engine-rest/deployment/create}, the application's own auto-deployment at start): deploying
 * must not be a way to run code on the server. Only BPMN, DMN, Camunda Forms and diagram pictures; the models as
 * {@link ModelScanner} allows them. A refused deployment fails as a {@link ParseException}, which the REST API
 * answers with 400 and, per file, the elements and reasons (Modeler shows them); its transaction stores nothing.
 *
 * <p>Deployments already in the database (deployment.isNew() false: the engine re-reads them into its cache) are
 * not checked again; running cases on earlier versions keep working.
 */
@Component
public class DeploymentGuard implements Deployer {

  private final ModelScanner scanner;

  public DeploymentGuard(ModelScanner scanner) {
    this.scanner = scanner;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    for (ResourceEntity resource : resources.values()) {
      List<Refusal> refusals = check(resource.getName(), resource.getBytes());
      if (!refusals.isEmpty()) {
        throw new ParseException(
            "Deployment refused: " + resource.getName() + ": "
                + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")),
            resource.getName(), new ArrayList<>(refusals), List.of());
      }
    }
  }

  /** What is refused in one file of a deployment (empty when it may be deployed). */
  public List<Refusal> check(String name, byte[] content) {
    return switch (ResourceKind.of(name)) {
      case BPMN -> scanner.scanBpmn(content);
      case DMN -> scanner.scanDmn(content);
      case FORM, DIAGRAM_IMAGE -> List.of();
      case CMMN -> List.of(new Refusal("CMMN case models are refused: the platform runs BPMN and DMN only", 0, 0, null));
      case OTHER -> List.of(new Refusal(
          "this kind of file is refused: a deployment holds .bpmn, .dmn and .form files and diagram pictures "
              + "(.png, .jpg, .gif)", 0, 0, null));
    };
  }
}
