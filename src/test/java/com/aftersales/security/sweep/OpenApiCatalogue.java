package com.aftersales.security.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the engine REST API, as Camunda's own OpenAPI description of 7.24 lists it
 * (camunda-engine-rest-openapi, test scope). A resource a Camunda upgrade adds is in the sweep by itself.
 */
final class OpenApiCatalogue {

  /** One operation: HTTP method, path template ({id}, {key}, ...), Camunda's operation id. */
  record Operation(String method, String template, String operationId) {

    /** Queries sent as POST (a body holding the criteria) read; every other POST, PUT and DELETE changes. */
    boolean changes() {
      if (method.equals("GET")) {
        return false;
      }
      if (method.equals("POST")) {
        String id = operationId.toLowerCase(Locale.ROOT);
        return !(id.startsWith("query") || id.startsWith("get") || id.startsWith("postquery")
            || id.startsWith("postexecutefilter") || id.startsWith("executefilter") || template.endsWith("/count"));
      }
      return true;
    }

    /** Multipart uploads (deployments, attachments, binary variables): a JSON body is refused by the media type. */
    boolean multipart() {
      return template.endsWith("/deployment/create") || template.endsWith("/attachment/create")
          || template.endsWith("/data");
    }
  }

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

  private OpenApiCatalogue() {}

  static List<Operation> operations() {
    try (InputStream in = OpenApiCatalogue.class.getClassLoader().getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json (camunda-engine-rest-openapi) is not on the test classpath");
      }
      JsonNode paths = new ObjectMapper().readTree(in).path("paths");
      List<Operation> operations = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (METHODS.contains(op.getKey())) {
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                op.getValue().path("operationId").asText(op.getKey() + path.getKey())));
          }
        }
      }
      return operations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
