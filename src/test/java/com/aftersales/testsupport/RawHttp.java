package com.aftersales.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, the request line byte for byte as given: clients (and java.net.URI) normalise or
 * refuse the paths an attacker sends (;x, %2F, backslashes, control characters), so probes of them go around them.
 * One connection per request ({@code Connection: close}); the answer is read to the end, chunked bodies joined.
 */
public final class RawHttp {

  public record Answer(int status, String headers, String body) {
    public boolean is2xx() {
      return status >= 200 && status < 300;
    }
  }

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  public static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  public Answer send(String method, String path, Map<String, String> headers, String contentType, byte[] body)
      throws IOException {
    return send(method, path, headers, contentType, body, false);
  }

  /**
   * As {@link #send(String, String, Map, String, byte[])}, the body chunked when asked; it is written from another
   * thread while the answer is read, as a client still sending when the server has answered (413) and closed.
   */
  public Answer send(String method, String path, Map<String, String> headers, String contentType, byte[] body,
      boolean chunked) throws IOException {
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\nConnection: close\r\nAccept: application/json\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n")
          .append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread writer = new Thread(() -> {
        try {
          if (body != null && chunked) {
            for (int at = 0; at < body.length; at += 64 * 1024) {
              int size = Math.min(64 * 1024, body.length - at);
              out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
              out.write(body, at, size);
              out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          } else if (body != null) {
            out.write(body);
          }
          out.flush();
        } catch (IOException closed) {
          // the server answered and closed the connection before the whole body was sent
        }
      });
      writer.setDaemon(true);
      writer.start();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        received.write(buffer, 0, n);
      }
    } catch (SocketException closed) {
      // answered and closed
    }
    // Latin-1 keeps one char per byte, so chunk sizes (in bytes) line up; the body is decoded as UTF-8 at the end.
    String response = received.toString(StandardCharsets.ISO_8859_1);
    int end = response.indexOf("\r\n\r\n");
    String headers = end < 0 ? response : response.substring(0, end);
    String body = end < 0 ? "" : response.substring(end + 4);
    if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunked(body);
    }
    return new Answer(Integer.parseInt(response.substring(9, 12)), headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String unchunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      int stop = Math.min(chunked.length(), start + size);
      body.append(chunked, start, stop);
      at = stop + 2;
    }
    return body.toString();
  }
}
