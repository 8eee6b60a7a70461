package org.sequestra.platform.paging;

import org.springframework.data.domain.Page;

/**
 * The page metadata every list endpoint returns ({@code PageMetadata} in {@code common.yaml}). The
 * generated API models of every service use this one type (the generator's schema mapping), so a
 * list endpoint builds it the same way everywhere.
 */
public record PageMetadata(int page, int size, long totalElements, int totalPages) {

  /** The metadata of a Spring Data page. */
  public static PageMetadata of(Page<?> page) {
    return new PageMetadata(
        page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
  }

  /**
   * The metadata of a page cut from {@code totalElements} items by hand (not a Spring Data page).
   */
  public static PageMetadata of(int page, int size, long totalElements) {
    return new PageMetadata(page, size, totalElements, Paging.pageCount(totalElements, size));
  }
}
