package com.aftersales.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP as a demo user (password = user id) or as the admin: the intake API and the engine's REST API. */
final class Http {

  record Answer(int status, JsonNode body, String raw) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** No answer at all: the node is down or the connection broke. */
    boolean unreachable() {
      return status < 0;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String adminPassword;

  Http(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  Answer get(Node node, String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(node.base() + path)).GET());
  }

  Answer post(Node node, String user, String path, Object body) {
    return send(user, HttpRequest.newBuilder(URI.create(node.base() + path))
        .header("Content-Type", "application/json").POST(json(body)));
  }

  Answer put(Node node, String user, String path, Object body) {
    return send(user, HttpRequest.newBuilder(URI.create(node.base() + path))
        .header("Content-Type", "application/json").PUT(json(body)));
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer send(String user, HttpRequest.Builder request) {
    String password = user.equals("admin") ? adminPassword : user;
    String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    request.header("Authorization", "Basic " + auth).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60));
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String raw = response.body();
      JsonNode body = null;
      if (raw != null && (raw.startsWith("{") || raw.startsWith("["))) {
        try {
          body = JSON.readTree(raw);
        } catch (IOException ignored) {
          // not JSON after all; the raw text is kept
        }
      }
      return new Answer(response.statusCode(), body, raw);
    } catch (IOException e) {
      return new Answer(-1, null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, null, "interrupted");
    }
  }
}
