package org.sequestra.registry.asset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sequestra.registry.cases.CaseAccess.JpqlCondition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Pages of assets in a fixed number of statements, whatever the page size: first the ids of the
 * page, in one query that applies the filters and what the caller may see (an identifier is
 * resolved through {@code ix_asset_identifier_value}; no id, no further query); then the assets of
 * those ids with their identifiers and current valuation, then their warnings; the total is counted
 * only when the page does not tell it. JPQL strings with bound values (one per combination of
 * filters and order), so that Hibernate and PostgreSQL reuse their plans instead of interpreting a
 * new Criteria query each time.
 */
@Component
class AssetPages {

  /** The sort properties of the contract (and the tie-break). */
  private static final Set<String> SORTABLE =
      Set.of("createdAt", "type", "status", "locationCountry", "id");

  private final EntityManager entityManager;

  AssetPages(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * What narrows a page; {@code null} filters do not narrow it.
   *
   * @param visible what the caller may see, as a condition on {@code a.caseId}; {@code null} when
   *     the case was checked already
   * @param identifierForms the stored spellings an identifier may have; any of them matches
   */
  record Criteria(
      JpqlCondition visible,
      UUID caseId,
      AssetStatus status,
      Asset.Type type,
      String country,
      Set<String> identifierForms) {}

  /** One page in {@code request}'s order (its properties: those of {@link #SORTABLE}). */
  Page<Asset> find(Criteria criteria, PageRequest request) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(criteria, parameters);
    List<UUID> ids = ids(where, parameters, request);
    // a page that is not full ends the list (unless it is empty past the end): no count needed
    boolean last =
        ids.size() < request.getPageSize() && (!ids.isEmpty() || request.getOffset() == 0);
    long total = last ? request.getOffset() + ids.size() : count(where, parameters);
    return new PageImpl<>(load(ids), request, total);
  }

  private static String where(Criteria criteria, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (criteria.identifierForms() != null) {
      // a semi-join that PostgreSQL starts from the identifier index
      conditions.add(
          "exists (select 1 from a.identifiers i where i.value in ("
              + listed("form", List.copyOf(criteria.identifierForms()), parameters)
              + "))");
    }
    if (criteria.caseId() != null) {
      conditions.add("a.caseId = :caseId");
      parameters.put("caseId", criteria.caseId());
    }
    if (criteria.status() != null) {
      conditions.add("a.status = :status");
      parameters.put("status", criteria.status());
    }
    if (criteria.type() != null) {
      conditions.add("a.type = :type");
      parameters.put("type", criteria.type());
    }
    if (criteria.country() != null) {
      conditions.add("a.locationCountry = :country");
      parameters.put("country", criteria.country());
    }
    if (criteria.visible() != null) {
      conditions.add(criteria.visible().jpql());
      parameters.putAll(criteria.visible().parameters());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private List<UUID> ids(String where, Map<String, Object> parameters, PageRequest request) {
    String order =
        request.getSort().stream()
            .map(o -> "a." + sortable(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
            .collect(Collectors.joining(", "));
    TypedQuery<UUID> query =
        entityManager.createQuery(
            "select a.id from Asset a" + where + " order by " + order, UUID.class);
    parameters.forEach(query::setParameter);
    return query
        .setFirstResult((int) request.getOffset())
        .setMaxResults(request.getPageSize())
        .getResultList();
  }

  private long count(String where, Map<String, Object> parameters) {
    TypedQuery<Long> query =
        entityManager.createQuery("select count(a) from Asset a" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * The assets of {@code ids} in that order, with identifiers, current valuation and warnings: two
   * statements (identifiers and warnings in one would multiply their rows).
   */
  List<Asset> load(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // padded to a power of two with the last id: a few query strings for every page size
    List<UUID> padded = new ArrayList<>(ids);
    while (Integer.bitCount(padded.size()) != 1) {
      padded.add(padded.getLast());
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    String listed = listed("id", padded, parameters);
    TypedQuery<Asset> assets =
        entityManager.createQuery(
            "select a from Asset a left join fetch a.identifiers"
                + " left join fetch a.currentValuation where a.id in ("
                + listed
                + ")",
            Asset.class);
    parameters.forEach(assets::setParameter);
    Map<UUID, Asset> byId =
        assets
            .getResultStream()
            .collect(Collectors.toMap(Asset::getId, Function.identity(), (a, b) -> a));
    TypedQuery<Asset> warnings =
        entityManager.createQuery(
            "select a from Asset a left join fetch a.warnings where a.id in (" + listed + ")",
            Asset.class);
    parameters.forEach(warnings::setParameter);
    warnings.getResultList();
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Every asset of the case, oldest first, with what it shows, in two statements. */
  List<Asset> allOf(UUID caseId) {
    List<Asset> assets =
        entityManager
            .createQuery(
                "select a from Asset a left join fetch a.identifiers"
                    + " left join fetch a.currentValuation where a.caseId = :caseId"
                    + " order by a.createdAt, a.id",
                Asset.class)
            .setParameter("caseId", caseId)
            .getResultList();
    entityManager
        .createQuery("select a from Asset a left join fetch a.warnings where a.caseId = :caseId")
        .setParameter("caseId", caseId)
        .getResultList();
    return assets;
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

  /**
   * One named parameter per value, bound in {@code parameters}: Hibernate keeps the interpretation
   * of a query string only when none of its parameters is a list.
   */
  private static String listed(String name, List<?> values, Map<String, Object> parameters) {
    List<String> names = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      names.add(":" + name + i);
      parameters.put(name + i, values.get(i));
    }
    return String.join(", ", names);
  }

  private static String sortable(String property) {
    if (!SORTABLE.contains(property)) {
      throw new IllegalArgumentException("no asset sort by " + property);
    }
    return property;
  }
}
