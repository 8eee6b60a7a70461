package org.sequestra.registry.asset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sequestra.registry.cases.CaseAccess.JpqlCondition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Pages of assets in one SQL statement, whatever the page size: the assets of the page with their
 * identifiers, warnings and current valuation, where the page itself (filters, what the caller may
 * see, order, offset and size) is a subquery; an identifier is resolved in it through {@code
 * ix_asset_identifier_value}. The total is counted, in a second statement, only when the page does
 * not tell it. A look-up by identifier is thus one round trip to PostgreSQL, found or not (it was
 * three: the ids of the page, then two fetches). Identifiers are a set and warnings an indexed
 * list, so one statement fetches both without repeating either. JPQL strings with bound values (one
 * per combination of filters and order), so that Hibernate and PostgreSQL reuse their plans instead
 * of interpreting a new query each time.
 */
@Component
class AssetPages {

  /** The sort properties of the contract (and the tie-break). */
  private static final Set<String> SORTABLE =
      Set.of("createdAt", "type", "status", "locationCountry", "id");

  /** What a page shows of each asset, fetched with it. */
  private static final String SHOWN =
      " left join fetch shown.identifiers left join fetch shown.warnings"
          + " left join fetch shown.currentValuation";

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
    List<Asset> page = page(where, parameters, request);
    // a page that is not full ends the list (unless it is empty past the end): no count needed
    boolean last =
        page.size() < request.getPageSize() && (!page.isEmpty() || request.getOffset() == 0);
    long total = last ? request.getOffset() + page.size() : count(where, parameters);
    return new PageImpl<>(page, request, total);
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

  /**
   * The page's assets, fetched by id from the subquery that picks them; both put them in the same
   * order (the fetch joins repeat an asset once per identifier and warning; Hibernate keeps its
   * first row).
   */
  private List<Asset> page(String where, Map<String, Object> parameters, PageRequest request) {
    TypedQuery<Asset> query =
        entityManager.createQuery(
            "select shown from Asset shown"
                + SHOWN
                + " where shown.id in (select a.id from Asset a"
                + where
                + " order by "
                + order("a", request.getSort())
                + " offset :pageOffset rows fetch first :pageSize rows only)"
                + " order by "
                + order("shown", request.getSort()),
            Asset.class);
    parameters.forEach(query::setParameter);
    return query
        .setParameter("pageOffset", Math.toIntExact(request.getOffset()))
        .setParameter("pageSize", request.getPageSize())
        .getResultList();
  }

  private static String order(String alias, Sort sort) {
    return sort.stream()
        .map(o -> alias + "." + sortable(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
        .collect(Collectors.joining(", "));
  }

  private long count(String where, Map<String, Object> parameters) {
    TypedQuery<Long> query =
        entityManager.createQuery("select count(a) from Asset a" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** Every asset of the case, oldest first, with what it shows, in one statement. */
  List<Asset> allOf(UUID caseId) {
    return entityManager
        .createQuery(
            "select shown from Asset shown"
                + SHOWN
                + " where shown.caseId = :caseId order by shown.createdAt, shown.id",
            Asset.class)
        .setParameter("caseId", caseId)
        .getResultList();
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
