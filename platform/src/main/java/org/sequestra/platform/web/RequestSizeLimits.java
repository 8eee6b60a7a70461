package org.sequestra.platform.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How large a request body may be, shared by the services' servlet filter and the gateway's
 * reactive one: upload paths (statement files) have their own, larger limit; every other path keeps
 * the small one. A body is too large as soon as its declared length or the bytes read so far pass
 * the limit.
 */
public final class RequestSizeLimits {

  private final DataSize limit;
  private final List<PathPattern> uploadPaths;
  private final DataSize uploadLimit;

  /**
   * @param uploadPaths path patterns (e.g. {@code /api/v1/datasets/*}{@code /imports}) whose bodies
   *     may be up to {@code uploadLimit}
   */
  public RequestSizeLimits(DataSize limit, List<String> uploadPaths, DataSize uploadLimit) {
    this.limit = limit;
    this.uploadPaths = uploadPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    this.uploadLimit = uploadLimit;
  }

  /**
   * The limit for a path within the application (context path removed); the path is only parsed
   * when there are upload paths to match.
   */
  public DataSize limitFor(Supplier<PathContainer> path) {
    if (uploadPaths.isEmpty()) {
      return limit;
    }
    PathContainer container = path.get();
    return uploadPaths.stream().anyMatch(pattern -> pattern.matches(container))
        ? uploadLimit
        : limit;
  }

  public static boolean exceeds(long bytes, DataSize limit) {
    return bytes > limit.toBytes();
  }
}
