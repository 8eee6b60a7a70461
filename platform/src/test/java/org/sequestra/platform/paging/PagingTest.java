package org.sequestra.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PagingTest {

  @Test
  void aPageIsBoundedToTheContractsLimits() {
    assertThat(Paging.request(null, null, Sort.unsorted()).getPageSize())
        .isEqualTo(Paging.DEFAULT_SIZE);
    assertThat(Paging.request(0, 10_000, Sort.unsorted()).getPageSize()).isEqualTo(200);
    assertThat(Paging.request(0, 0, Sort.unsorted()).getPageSize()).isEqualTo(1);
    assertThat(Paging.request(-3, 5, Sort.unsorted()).getPageNumber()).isZero();
  }

  @Test
  void tiesAreBrokenByIdSoNoRowShowsOnTwoPages() {
    PageRequest request = Paging.request(2, 50, Paging.newestFirst("createdAt"));

    assertThat(request.getSort())
        .containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    assertThat(request.getOffset()).isEqualTo(100);
  }

  @Test
  void anOrderThatAlreadyNamesTheIdIsKept() {
    Sort byIdDescending = Sort.by(Sort.Order.desc("id"));

    assertThat(Paging.request(0, 20, byIdDescending).getSort())
        .containsExactly(Sort.Order.desc("id"));
  }

  @Test
  void pagesCutByHandCountTheirPages() {
    assertThat(PageMetadata.of(0, 20, 0)).isEqualTo(new PageMetadata(0, 20, 0, 0));
    assertThat(PageMetadata.of(1, 20, 41)).isEqualTo(new PageMetadata(1, 20, 41, 3));
    assertThat(PageMetadata.of(0, 20, 40).totalPages()).isEqualTo(2);
    assertThat(Paging.offset(3, 25)).isEqualTo(75);
  }

  @Test
  void aSpringDataPageGivesItsOwnFigures() {
    var page = new PageImpl<>(java.util.List.of("a", "b"), PageRequest.of(1, 2), 5);

    assertThat(PageMetadata.of(page)).isEqualTo(new PageMetadata(1, 2, 5, 3));
  }
}
