package com.aftersales.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One person's Tasklist tab: logged in once through the webapp's login (session cookie and CSRF token, the path every
 * Tasklist user takes, in both modes), then the requests Tasklist 7.24 sends to /camunda/api/engine: the filter list
 * as HAL (tasks, count and the filter's variable columns), claim, the form's three requests and submit-form.
 */
final class Tasklist {

  static final String ENGINE = "/camunda/api/engine/engine/default";

  /** Tasklist's list request body: its default sort ("created", newest first) on top of the filter's own. */
  static final Map<String, Object> LIST_BODY =
      Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "active", true);

  /** Tasks on a page of Tasklist's list. */
  static final int PAGE = 15;

  private final String base;
  private final String user;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Tasklist(int port, String user) {
    this.base = "http://localhost:" + port;
    this.user = user;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  String user() {
    return user;
  }

  /** The login page's three requests: the page (CSRF cookie), the credentials, "who am I" (the session's token). */
  Staff.Answer login(String app) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET(), "text/html");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(user, StandardCharsets.UTF_8);
    Staff.Answer login = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), "application/json");
    if (login.ok()) {
      get("/camunda/api/admin/auth/user/default");
    }
    return login;
  }

  /** The filter's first page as Tasklist asks for it: HAL with count and the filter's variables. */
  Staff.Answer list(String filterId) {
    return list(filterId, List.of());
  }

  /**
   * The same list without the tasks of the given task definitions ({@code taskDefinitionKeyNotIn}, a column of the
   * task table: no join), e.g. the store's requisition tasks that the ledger row's clerk works on.
   */
  Staff.Answer list(String filterId, List<String> withoutTaskKeys) {
    return list(filterId, withoutTaskKeys, 0);
  }

  /** A page of that list from {@code firstResult} on (Tasklist's pager: {@link #PAGE} tasks a page). */
  Staff.Answer list(String filterId, List<String> withoutTaskKeys, long firstResult) {
    Map<String, Object> body = LIST_BODY;
    if (!withoutTaskKeys.isEmpty()) {
      body = new java.util.HashMap<>(LIST_BODY);
      body.put("taskDefinitionKeyNotIn", withoutTaskKeys);
    }
    return post(ENGINE + "/filter/" + filterId + "/list?firstResult=" + firstResult + "&maxResults=" + PAGE, body,
        "application/hal+json, application/json; q=0.5");
  }

  Staff.Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/json, text/plain, */*");
  }

  Staff.Answer post(String path, Object body) {
    return post(path, body, "application/json, text/plain, */*");
  }

  private Staff.Answer post(String path, Object body, String accept) {
    try {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Staff.JSON.writeValueAsString(body), StandardCharsets.UTF_8)), accept);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Staff.Answer send(HttpRequest.Builder request, String accept) {
    String token = csrfToken();
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    request.header("Accept", accept).timeout(Duration.ofSeconds(120));
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      String raw = response.body();
      JsonNode body = null;
      if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
        body = Staff.JSON.readTree(raw);
      }
      return new Staff.Answer(response.statusCode(), body, raw, nanos);
    } catch (IOException e) {
      return new Staff.Answer(-1, null, e.toString(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Staff.Answer(-1, null, "interrupted", System.nanoTime() - start);
    }
  }

  private String csrfToken() {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN")) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
