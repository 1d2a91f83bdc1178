package com.aftersales.bench;

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

/** HTTP as a demo user (HTTP Basic, password = user id): the intake API and the engine's REST API. */
final class Staff {

  /** A call's answer and how long it took. */
  record Answer(int status, JsonNode body, String raw, long nanos) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Staff(int port) {
    this.base = "http://localhost:" + port;
  }

  Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String user, String path, Object body) {
    try {
      String json = JSON.writeValueAsString(body);
      return send(user, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer send(String user, HttpRequest.Builder request) {
    String auth = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    request.header("Authorization", "Basic " + auth).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(120));
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      String raw = response.body();
      JsonNode body = null;
      if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
        body = JSON.readTree(raw);
      }
      return new Answer(response.statusCode(), body, raw, nanos);
    } catch (IOException e) {
      return new Answer(-1, null, e.toString(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, null, "interrupted", System.nanoTime() - start);
    }
  }
}
