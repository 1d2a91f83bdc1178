package com.aftersales.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests to the test server sent from a chosen loopback address (127.0.0.x), so that a test can play
 * several clients, as the login throttle tells clients apart by remote address. Plain sockets: the JDK's and
 * Spring's clients cannot choose the local address.
 */
public final class LoopbackClient {

  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final String localAddress;
  private final int port;

  public LoopbackClient(String localAddress, int port) {
    this.localAddress = localAddress;
    this.port = port;
  }

  public Answer get(String path, String user, String password) {
    return send("GET", path, Map.of("Authorization", basic(user, password)), "");
  }

  /** The webapps' login form, as the login page posts it: with the CSRF cookie and token of the app's page. */
  public Answer webappLogin(String app, String user, String password) {
    Answer page = send("GET", "/camunda/app/" + app + "/default/", Map.of(), "");
    Map<String, String> cookies = new LinkedHashMap<>();
    String setCookies = page.header("Set-Cookie");
    for (String cookie : setCookies == null ? new String[0] : setCookies.split("\n")) {
      String pair = cookie.split(";")[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    String cookieHeader = String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .toList());
    String form = "username=" + encode(user) + "&password=" + encode(password);
    return send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookieHeader,
            "X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")), form);
  }

  public Answer send(String method, String path, Map<String, String> headers, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n")
        .append("Connection: close\r\n")
        .append("Content-Length: ").append(content.length).append("\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    // ISO-8859-1 keeps one char per byte, so chunk sizes (bytes) can be counted; the body is decoded as UTF-8 after
    String text = all.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      // repeated headers (Set-Cookie) are kept one a line
      headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
          (first, next) -> first + "\n" + next);
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
