package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.ftm.CaseHoldings.LinkKind;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.LinkSchemas.FtmLink;

class LinkSchemasTest {

  private static Mapped<FtmLink> link(String schema, Map<String, List<String>> properties) {
    return LinkSchemas.link(new FtmEntity("l1", schema, properties));
  }

  @Test
  void anOwnershipWithAShareIsALegalLinkWithTheShareAsTheContractWritesIt() {
    Mapped<FtmLink> mapped =
        link(
            "Ownership",
            Map.of(
                "owner", List.of("p1"),
                "asset", List.of("a1"),
                "percentage", List.of("50,50 %"),
                "startDate", List.of("2020-01-01")));
    UUID owner = UUID.randomUUID();

    assertThat(mapped.draft().ownerRef()).isEqualTo("p1");
    assertThat(mapped.draft().ownedRef()).isEqualTo("a1");
    assertThat(mapped.draft().of(owner))
        .isEqualTo(new NewLink(owner, LinkKind.LEGAL, "50.5", LocalDate.of(2020, 1, 1), null));
    assertThat(mapped.notes()).isEmpty();
  }

  @Test
  void aShareOutsideZeroToHundredIsLeftOutAndWithoutAShareTheLinkIsControl() {
    Mapped<FtmLink> tooMuch =
        link(
            "Ownership",
            Map.of("owner", List.of("p1"), "asset", List.of("a1"), "percentage", List.of("150")));
    Mapped<FtmLink> legalWithoutShare =
        link(
            "Ownership",
            Map.of("owner", List.of("p1"), "asset", List.of("a1"), "role", List.of("legal")));
    Mapped<FtmLink> beneficial =
        link(
            "Ownership",
            Map.of(
                "owner", List.of("p1"),
                "asset", List.of("a1"),
                "role", List.of("Beneficial"),
                "endDate", List.of("2021")));

    assertThat(tooMuch.draft().sharePercentage()).isNull();
    assertThat(tooMuch.draft().kind()).isEqualTo(LinkKind.CONTROL);
    assertThat(tooMuch.notes())
        .containsExactly(
            "percentage 150 left out: not a share in (0, 100]",
            "no share given: recorded as CONTROL");
    assertThat(legalWithoutShare.draft().kind()).isEqualTo(LinkKind.CONTROL);
    assertThat(beneficial.draft().kind()).isEqualTo(LinkKind.BENEFICIAL);
    assertThat(beneficial.notes()).containsExactly("endDate 2021 left out: not a full date");
  }

  @Test
  void aDirectorshipIsControlOfTheOrganization() {
    Mapped<FtmLink> mapped =
        link("Directorship", Map.of("director", List.of("p4"), "organization", List.of("c2")));

    assertThat(mapped.draft().ownership()).isFalse();
    assertThat(mapped.draft().ownerRole()).isEqualTo("director");
    assertThat(mapped.draft().ownedRole()).isEqualTo("organization");
    assertThat(mapped.draft().kind()).isEqualTo(LinkKind.CONTROL);
    assertThat(mapped.notes()).containsExactly("a directorship is recorded as CONTROL");
  }

  @Test
  void aLinkWithoutBothEndsIsRefused() {
    assertThat(link("Ownership", Map.of("owner", List.of("p1"))).refusal())
        .isEqualTo("an Ownership needs an owner and an asset");
    assertThat(link("Directorship", Map.of("organization", List.of("c1"))).refusal())
        .isEqualTo("a Directorship needs a director and an organization");
  }
}
