package org.sequestra.registry.ftm;

import static org.sequestra.registry.ftm.FtmValues.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sequestra.registry.ftm.CaseHoldings.LinkKind;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;

/** FtM Ownership and Directorship as ownership links between a subject and an asset. */
final class LinkSchemas {

  static final Set<String> LINKS = Set.of("Ownership", "Directorship");
  private static final Pattern PERCENTAGE = Pattern.compile("^\\d{1,3}(\\.\\d{1,6})?$");

  private LinkSchemas() {}

  /**
   * A link as read, before its ends are resolved: the FtM ids of the owner and of what is owned,
   * and the terms of the link.
   */
  record FtmLink(
      boolean ownership,
      String ownerRef,
      String ownedRef,
      LinkKind kind,
      String sharePercentage,
      LocalDate startDate,
      LocalDate endDate) {

    /** "owner" or "director", as the entity names it. */
    String ownerRole() {
      return ownership ? "owner" : "director";
    }

    /** "asset" or "organization", as the entity names it. */
    String ownedRole() {
      return ownership ? "asset" : "organization";
    }

    NewLink of(UUID subjectId) {
      return new NewLink(subjectId, kind, sharePercentage, startDate, endDate);
    }
  }

  static Mapped<FtmLink> link(FtmEntity entity) {
    boolean ownership = entity.schema().equals("Ownership");
    String ownerRef = entity.first(ownership ? "owner" : "director");
    String ownedRef = entity.first(ownership ? "asset" : "organization");
    if (ownerRef == null || ownedRef == null) {
      return Mapped.refused(
          ownership
              ? "an Ownership needs an owner and an asset"
              : "a Directorship needs a director and an organization");
    }
    List<String> notes = new ArrayList<>();
    String percentage = null;
    LinkKind kind = LinkKind.CONTROL;
    if (ownership) {
      percentage = percentage(entity, notes);
      kind = kind(entity, percentage, notes);
    } else {
      notes.add("a directorship is recorded as CONTROL");
    }
    LocalDate startDate = date(entity, "startDate", notes);
    LocalDate endDate = date(entity, "endDate", notes);
    return Mapped.to(
        new FtmLink(ownership, ownerRef, ownedRef, kind, percentage, startDate, endDate), notes);
  }

  /** The kind a role names; else LEGAL with a share, CONTROL without (LEGAL needs a share). */
  private static LinkKind kind(FtmEntity entity, String percentage, List<String> notes) {
    for (String value : entity.values("role")) {
      for (LinkKind kind : LinkKind.values()) {
        if (kind.name().equalsIgnoreCase(value.strip())) {
          return kind == LinkKind.LEGAL && percentage == null ? LinkKind.CONTROL : kind;
        }
      }
    }
    if (percentage != null) {
      return LinkKind.LEGAL;
    }
    notes.add("no share given: recorded as CONTROL");
    return LinkKind.CONTROL;
  }

  /** A share in (0, 100] as the contract writes it; anything else is left out with a note. */
  private static String percentage(FtmEntity entity, List<String> notes) {
    String raw = entity.first("percentage");
    if (raw == null) {
      return null;
    }
    String cleaned = raw.replace("%", "").replace(',', '.').strip();
    if (PERCENTAGE.matcher(cleaned).matches()) {
      BigDecimal share = new BigDecimal(cleaned);
      if (share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return share.stripTrailingZeros().toPlainString();
      }
    }
    notes.add("percentage " + raw + " left out: not a share in (0, 100]");
    return null;
  }
}
