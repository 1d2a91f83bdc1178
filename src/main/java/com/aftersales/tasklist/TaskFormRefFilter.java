package com.aftersales.tasklist;

import com.aftersales.web.Problems;
import com.aftersales.web.BufferedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Works around the engine REST defect that makes {@code PUT /task/{id}} fail for every task whose form is bound
 * with {@code camunda:formRef}: Tasklist saves a follow-up or due date by sending the whole task as it read it,
 * including the read-only {@code camundaFormRef}, and the REST layer cannot read that field back ("Cannot
 * construct instance of CamundaFormRef"). The field is dropped from such bodies before the REST layer reads them;
 * nothing else is changed, and the update itself is still checked by the engine (authorization, due-date guard).
 */
public class TaskFormRefFilter extends OncePerRequestFilter {

  static final String FIELD = "camundaFormRef";
  /** A task DTO is a few hundred bytes; bodies beyond this are not task updates Tasklist sends. */
  static final int MAX_BODY_BYTES = 256 * 1024;
  private static final Pattern TASK_UPDATE = Pattern.compile(".*/task/[^/]+/?$");

  private final ObjectMapper objectMapper;

  public TaskFormRefFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"PUT".equals(request.getMethod())
        || !TASK_UPDATE.matcher(request.getRequestURI()).matches()
        || request.getContentLengthLong() > MAX_BODY_BYTES
        || request.getContentType() == null
        || !request.getContentType().toLowerCase().contains("json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = readAtMost(request.getInputStream());
    if (body == null) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new ReplacedBody(request, withoutFormRef(body)), response);
  }

  /** The body without the read-only field; a body that is not a JSON object goes on unchanged (REST answers it). */
  byte[] withoutFormRef(byte[] body) {
    try {
      JsonNode tree = objectMapper.readTree(body);
      if (tree instanceof ObjectNode task && task.has(FIELD)) {
        task.remove(FIELD);
        return objectMapper.writeValueAsBytes(task);
      }
    } catch (IOException e) {
      // malformed: the REST layer gives its own 400
    }
    return body;
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_BODY_BYTES) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "A task update must be at most " + MAX_BODY_BYTES + " bytes; nothing was changed.");
    problem.setTitle("Request body too large");
    problem.setInstance(URI.create(request.getRequestURI()));
    Problems.write(request, response, objectMapper, problem);
  }

  /** The buffered body, with its length as the headers now say. */
  private static final class ReplacedBody extends HttpServletRequestWrapper {
    private final int length;

    ReplacedBody(HttpServletRequest request, byte[] body) {
      super(new BufferedRequest(request, body));
      this.length = body.length;
    }

    @Override
    public int getContentLength() {
      return length;
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name) ? Integer.toString(length) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Content-Length".equalsIgnoreCase(name)
          ? Collections.enumeration(java.util.List.of(Integer.toString(length)))
          : super.getHeaders(name);
    }
  }
}
