package com.aftersales.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit with 413 problem+json: by the declared Content-Length before anything is
 * read, and while reading for chunked bodies (read into memory, at most the limit). Runs before authentication, so
 * a huge anonymous body costs nothing but its headers. Paths matching {@code uploads} (deployments, attachments)
 * get the larger {@code maxUploadBytes}.
 *
 * <p>A body with a declared length within the limit is passed on unread: the container delivers no more than the
 * declared length, and a multipart upload is not held in memory twice.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final Pattern uploads;
  private final long maxUploadBytes;
  private final boolean containerLimitsUploads;
  private final ObjectMapper objectMapper;

  public RequestSizeLimitFilter(long maxBytes, ObjectMapper objectMapper) {
    this(maxBytes, null, maxBytes, objectMapper);
  }

  public RequestSizeLimitFilter(long maxBytes, Pattern uploads, long maxUploadBytes, ObjectMapper objectMapper) {
    this(maxBytes, uploads, maxUploadBytes, false, objectMapper);
  }

  /**
   * @param containerLimitsUploads the upload paths' multipart bodies are parsed by the servlet container (Spring MVC's
   *     multipart support, with its own size limits): a chunked one is passed on unread, since the container reads
   *     its parts from the connection, not from a buffered copy
   */
  public RequestSizeLimitFilter(long maxBytes, Pattern uploads, long maxUploadBytes, boolean containerLimitsUploads,
      ObjectMapper objectMapper) {
    this.maxBytes = maxBytes;
    this.uploads = uploads;
    this.maxUploadBytes = maxUploadBytes;
    this.containerLimitsUploads = containerLimitsUploads;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload = uploads != null && uploads.matcher(request.getRequestURI()).find();
    long limit = upload ? maxUploadBytes : maxBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(request, response, limit);
      return;
    }
    if (declared >= 0 || (upload && containerLimitsUploads && request.getContentType() != null
        && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"))) {
      chain.doFilter(request, response);
      return;
    }
    // No declared length (chunked): read the body up front, at most the limit, so a body that turns out too large
    // is refused here, before a handler could answer something else for a truncated body.
    byte[] body;
    try {
      body = readAtMost(request.getInputStream(), limit);
    } catch (TooLargeException e) {
      tooLarge(request, response, limit);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  /** The whole stream, or {@link TooLargeException} as soon as it goes past {@code maxBytes}. */
  public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > maxBytes) {
        throw new TooLargeException();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Thrown by {@link #readAtMost} for a body over the limit. */
  public static final class TooLargeException extends IOException {}

  /** 413 problem+json; the connection is closed rather than the rest of the body read. */
  public static void tooLarge(
      HttpServletRequest request, HttpServletResponse response, long limit, ObjectMapper objectMapper)
      throws IOException {
    ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
        "The request body must be at most " + limit + " bytes; nothing was changed.");
    problem.setInstance(URI.create(request.getRequestURI()));
    // The client may still be sending; close the connection rather than read the rest.
    response.setHeader("Connection", "close");
    Problems.write(request, response, objectMapper, problem);
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    tooLarge(request, response, limit, objectMapper);
  }
}
