package org.sequestra.registry.asset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sequestra.registry.cases.CaseAccess.SqlCondition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Pages of assets in a fixed number of statements, whatever the page size: first the ids of the
 * page, in one SQL query that applies the filters and what the caller may see (an identifier is
 * resolved through {@code ix_asset_identifier_value}; no id, no further query); then the assets of
 * those ids with their identifiers and current valuation, then their warnings; the total is counted
 * only when the page does not tell it. Plain SQL and JPQL strings with bound values, so that
 * Hibernate and PostgreSQL reuse their plans instead of interpreting a new Criteria query each
 * time.
 */
@Component
class AssetPages {

  /** The sort properties of the contract and their columns. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "createdAt", "a.created_at",
          "type", "a.type",
          "status", "a.status",
          "locationCountry", "a.location_country",
          "id", "a.id");

  private final EntityManager entityManager;

  AssetPages(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * What narrows a page; {@code null} filters do not narrow it.
   *
   * @param visible what the caller may see, as a condition on {@code a.case_id}; {@code null} when
   *     the case was checked already
   * @param identifierForms the stored spellings an identifier may have; any of them matches
   */
  record Criteria(
      SqlCondition visible,
      UUID caseId,
      AssetStatus status,
      Asset.Type type,
      String country,
      Set<String> identifierForms) {}

  /** One page in {@code request}'s order (its properties: those of {@link #COLUMNS}). */
  Page<Asset> find(Criteria criteria, PageRequest request) {
    List<Object> arguments = new ArrayList<>();
    String where = where(criteria, arguments);
    List<UUID> ids = ids(where, arguments, request);
    // a page that is not full ends the list (unless it is empty past the end): no count needed
    boolean last =
        ids.size() < request.getPageSize() && (!ids.isEmpty() || request.getOffset() == 0);
    long total = last ? request.getOffset() + ids.size() : count(where, arguments);
    return new PageImpl<>(load(ids), request, total);
  }

  private static String where(Criteria criteria, List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    if (criteria.identifierForms() != null) {
      // a semi-join that PostgreSQL starts from the identifier index
      conditions.add(
          "a.id in (select i.asset_id from asset_identifier i where i.value in ("
              + String.join(", ", criteria.identifierForms().stream().map(f -> "?").toList())
              + "))");
      arguments.addAll(criteria.identifierForms());
    }
    if (criteria.caseId() != null) {
      conditions.add("a.case_id = ?");
      arguments.add(criteria.caseId());
    }
    if (criteria.status() != null) {
      conditions.add("a.status = ?");
      arguments.add(criteria.status().name());
    }
    if (criteria.type() != null) {
      conditions.add("a.type = ?");
      arguments.add(criteria.type().name());
    }
    if (criteria.country() != null) {
      conditions.add("a.location_country = ?");
      arguments.add(criteria.country());
    }
    if (criteria.visible() != null) {
      conditions.add(criteria.visible().sql());
      arguments.addAll(criteria.visible().arguments());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private List<UUID> ids(String where, List<Object> arguments, PageRequest request) {
    String order =
        request.getSort().stream()
            .map(o -> column(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
            .collect(Collectors.joining(", "));
    Query query =
        bind(
            entityManager.createNativeQuery(
                "select a.id from asset a" + where + " order by " + order + " limit ? offset ?",
                UUID.class),
            arguments);
    query.setParameter(arguments.size() + 1, request.getPageSize());
    query.setParameter(arguments.size() + 2, request.getOffset());
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    return ids;
  }

  private long count(String where, List<Object> arguments) {
    Number count =
        (Number)
            bind(entityManager.createNativeQuery("select count(*) from asset a" + where), arguments)
                .getSingleResult();
    return count.longValue();
  }

  /**
   * The assets of {@code ids} in that order, with identifiers, current valuation and warnings: two
   * statements (identifiers and warnings in one would multiply their rows).
   */
  List<Asset> load(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Asset> byId =
        entityManager
            .createQuery(
                "select a from Asset a left join fetch a.identifiers"
                    + " left join fetch a.currentValuation where a.id in :ids",
                Asset.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Asset::getId, Function.identity(), (a, b) -> a));
    entityManager
        .createQuery("select a from Asset a left join fetch a.warnings where a.id in :ids")
        .setParameter("ids", ids)
        .getResultList();
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

  private static String column(String property) {
    String column = COLUMNS.get(property);
    if (column == null) {
      throw new IllegalArgumentException("no asset sort by " + property);
    }
    return column;
  }

  private static Query bind(Query query, List<Object> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      query.setParameter(i + 1, arguments.get(i));
    }
    return query;
  }
}
