package org.sequestra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the configured size (413): at once when {@code Content-Length} says
 * so, and while the body is read when it comes without a declared length (chunked). Which limit
 * applies is decided by {@link RequestSizeLimits}, as in the gateway.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final RequestSizeLimits limits;
  private final ProblemWriter problemWriter;

  /**
   * @param uploadPaths path patterns (e.g. {@code /api/v1/datasets/*}{@code /imports}) whose bodies
   *     may be up to {@code uploadLimit}
   */
  public RequestSizeLimitFilter(
      DataSize limit, List<String> uploadPaths, DataSize uploadLimit, ProblemWriter problemWriter) {
    this.limits = new RequestSizeLimits(limit, uploadPaths, uploadLimit);
    this.problemWriter = problemWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DataSize applicable = limits.limitFor(() -> pathWithinApplication(request));
    long declared = request.getContentLengthLong();
    if (RequestSizeLimits.exceeds(declared, applicable)) {
      problemWriter.write(response, PayloadTooLargeException.problem(applicable));
      return;
    }
    chain.doFilter(declared < 0 ? new CountedRequest(request, applicable) : request, response);
  }

  private static PathContainer pathWithinApplication(HttpServletRequest request) {
    return PathContainer.parsePath(
        request.getRequestURI().substring(request.getContextPath().length()));
  }

  /** A body without a declared length: counted while read, cut off past the limit. */
  private static final class CountedRequest extends HttpServletRequestWrapper {

    private final DataSize limit;
    private ServletInputStream counted;

    CountedRequest(HttpServletRequest request, DataSize limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new CountingInputStream(super.getInputStream(), limit);
      }
      return counted;
    }
  }

  private static final class CountingInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private final DataSize limit;
    private long seen;

    CountingInputStream(ServletInputStream delegate, DataSize limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      seen += n;
      if (RequestSizeLimits.exceeds(seen, limit)) {
        throw new PayloadTooLargeException(limit);
      }
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

    @Override
    public void close() throws IOException {
      delegate.close();
    }
  }
}
