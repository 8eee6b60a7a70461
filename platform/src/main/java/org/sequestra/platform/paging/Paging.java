package org.sequestra.platform.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one way a list endpoint turns {@code page} and {@code size} into a query: bounded (the
 * contracts allow at most {@link #MAX_SIZE} items a page) and in a stable order (ties broken by
 * {@code id}, so a row never shows on two pages or on none while nothing changes).
 */
public final class Paging {

  /** The largest page any list endpoint returns ({@code Size} in {@code common.yaml}). */
  public static final int MAX_SIZE = 200;

  /** The page size when the caller names none. */
  public static final int DEFAULT_SIZE = 20;

  private static final String TIE_BREAK = "id";

  private Paging() {}

  /** Page {@code page} of {@code size} items in {@code order}, then by id ascending. */
  public static PageRequest request(Integer page, Integer size, Sort order) {
    return PageRequest.of(page(page), size(size), stable(order));
  }

  /** Newest first by {@code property}, then by id: the order of most lists. */
  public static Sort newestFirst(String property) {
    return Sort.by(Sort.Order.desc(property));
  }

  /** Oldest first by {@code property}, then by id: lists shown in the order things happened. */
  public static Sort oldestFirst(String property) {
    return Sort.by(Sort.Order.asc(property));
  }

  /** The zero-based offset of the first item of a page, for lists cut by hand. */
  public static long offset(Integer page, Integer size) {
    return (long) page(page) * size(size);
  }

  /** How many pages {@code totalElements} items fill at {@code size} a page. */
  public static int pageCount(long totalElements, int size) {
    return (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
  }

  /** The page number, 0 when absent; the contract already rejects negative numbers. */
  public static int page(Integer page) {
    return page == null ? 0 : Math.max(0, page);
  }

  /** The page size within 1 and {@link #MAX_SIZE}, {@link #DEFAULT_SIZE} when absent. */
  public static int size(Integer size) {
    return size == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, size));
  }

  private static Sort stable(Sort order) {
    return order.getOrderFor(TIE_BREAK) != null ? order : order.and(Sort.by(TIE_BREAK));
  }
}
