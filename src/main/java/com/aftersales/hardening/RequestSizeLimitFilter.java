package com.aftersales.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit on /api/** with 413 problem+json: by the declared Content-Length
 * before anything is read, and while reading for chunked bodies (read into memory, at most the limit). Runs before
 * authentication, so a huge anonymous body costs nothing but its headers.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  public RequestSizeLimitFilter(long maxBytes, ObjectMapper objectMapper) {
    this.maxBytes = maxBytes;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      tooLarge(request, response);
      return;
    }
    // Read the body up front (it is small by definition): a body that turns out too large while reading is
    // refused here, before a handler could answer something else for a truncated body.
    byte[] body;
    try {
      body = readAtMost(request.getInputStream(), maxBytes);
    } catch (TooLargeException e) {
      tooLarge(request, response);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
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

  private static final class TooLargeException extends IOException {}

  private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "The request body must be at most " + maxBytes + " bytes; nothing was changed.");
    problem.setTitle("Request body too large");
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The client may still be sending; close the connection rather than read the rest.
    response.setHeader("Connection", "close");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
