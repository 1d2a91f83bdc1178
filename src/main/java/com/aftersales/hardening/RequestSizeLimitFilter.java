package com.aftersales.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit on /api/** with 413 problem+json: by the declared Content-Length
 * before anything is read, and while reading for chunked bodies or a Content-Length that lies. Runs before
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
    LimitedRequest limited = new LimitedRequest(request, maxBytes);
    try {
      chain.doFilter(limited, response);
    } catch (ServletException | IOException | RuntimeException e) {
      // Spring wraps the stream's exception (HttpMessageNotReadableException ...); answer 413 if it was ours.
      if (!limited.exceeded || response.isCommitted()) {
        throw e;
      }
    }
    if (limited.exceeded && !response.isCommitted()) {
      response.resetBuffer();
      tooLarge(request, response);
    }
  }

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

  /** Counts what the application reads and fails the read once the limit is passed. */
  static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;
    private BufferedReader reader;
    boolean exceeded;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }

    private final class Counting extends ServletInputStream {
      private final ServletInputStream delegate;
      private long count;

      Counting(ServletInputStream delegate) {
        this.delegate = delegate;
      }

      private int counted(int n) throws IOException {
        if (n > 0) {
          count += n;
          if (count > maxBytes) {
            exceeded = true;
            throw new IOException("Request body larger than " + maxBytes + " bytes");
          }
        }
        return n;
      }

      @Override
      public int read() throws IOException {
        int b = delegate.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return counted(delegate.read(b, off, len));
      }

      @Override
      public boolean isFinished() {
        return delegate.isFinished();
      }

      @Override
      public boolean isReady() {
        return delegate.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        delegate.setReadListener(listener);
      }
    }
  }
}
