package org.sequestra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitsTest {

  private static final DataSize SMALL = DataSize.ofKilobytes(1);
  private static final DataSize UPLOAD = DataSize.ofKilobytes(4);

  @Test
  void uploadPathsGetTheUploadLimit() {
    RequestSizeLimits limits =
        new RequestSizeLimits(SMALL, List.of("/api/v1/datasets/*/imports"), UPLOAD);

    assertThat(limits.limitFor(() -> PathContainer.parsePath("/api/v1/datasets/7/imports")))
        .isEqualTo(UPLOAD);
    assertThat(limits.limitFor(() -> PathContainer.parsePath("/api/v1/datasets/7")))
        .isEqualTo(SMALL);
    assertThat(limits.limitFor(() -> PathContainer.parsePath("/api/v1/datasets/7/imports/x")))
        .isEqualTo(SMALL);
  }

  @Test
  void withoutUploadPathsThePathIsNotEvenRead() {
    RequestSizeLimits limits = new RequestSizeLimits(SMALL, List.of(), UPLOAD);

    assertThat(
            limits.limitFor(
                () -> {
                  throw new AssertionError("path read");
                }))
        .isEqualTo(SMALL);
  }

  @Test
  void tooLargeOnlyPastTheLimit() {
    assertThat(RequestSizeLimits.exceeds(1024, SMALL)).isFalse();
    assertThat(RequestSizeLimits.exceeds(1025, SMALL)).isTrue();
    assertThat(RequestSizeLimits.exceeds(-1, SMALL)).as("no declared length").isFalse();
  }
}
