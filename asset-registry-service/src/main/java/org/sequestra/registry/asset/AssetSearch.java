package org.sequestra.registry.asset;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The filters and orderings of the asset search, as JPA specifications. */
final class AssetSearch {

  private AssetSearch() {}

  static Specification<Asset> inCase(UUID caseId) {
    return (root, query, cb) -> cb.equal(root.get("caseId"), caseId);
  }

  static Specification<Asset> withStatus(AssetStatus status) {
    return (root, query, cb) -> cb.equal(root.get("status"), status);
  }

  static Specification<Asset> ofType(Asset.Type type) {
    return (root, query, cb) -> cb.equal(root.get("type"), type);
  }

  static Specification<Asset> locatedIn(String country) {
    return (root, query, cb) -> cb.equal(root.get("locationCountry"), country);
  }

  /** Any identifier of the asset equals one of the normalised spellings of the searched one. */
  static Specification<Asset> withIdentifier(String raw) {
    Set<String> forms = AssetIdentifierRules.searchForms(raw);
    return (root, query, cb) -> {
      Subquery<UUID> holders = query.subquery(UUID.class);
      Root<Asset> holder = holders.from(Asset.class);
      Join<Asset, AssetIdentifier> identifier = holder.join("identifiers");
      holders.select(holder.get("id")).where(identifier.get("value").in(forms));
      return root.get("id").in(holders);
    };
  }

  /**
   * {@code property[,asc|desc]} as validated by the contract; the paging helper breaks ties by id,
   * so that equal values keep one order from page to page.
   */
  static Sort sort(String sort) {
    String[] parts = sort.split(",");
    Sort.Direction direction =
        parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
    return Sort.by(new Sort.Order(direction, parts[0]));
  }
}
