package org.sequestra.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sequestra.web.*}: request body limits of a service.
 *
 * @param maxRequestSize largest body on every path but the upload paths (413 above it)
 * @param uploadPaths path patterns that take file uploads, e.g. {@code /api/v1/datasets/*}{@code
 *     /imports}
 * @param maxUploadSize largest body on the upload paths
 */
@ConfigurationProperties("sequestra.web")
public record WebProperties(
    DataSize maxRequestSize, List<String> uploadPaths, DataSize maxUploadSize) {

  public WebProperties {
    maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    uploadPaths = uploadPaths == null ? List.of() : List.copyOf(uploadPaths);
    maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(512) : maxUploadSize;
  }
}
