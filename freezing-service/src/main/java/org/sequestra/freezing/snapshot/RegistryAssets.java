package org.sequestra.freezing.snapshot;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.sequestra.freezing.registry.client.AssetsApi;
import org.sequestra.freezing.registry.client.CasesApi;
import org.sequestra.freezing.registry.client.model.AssetDto;
import org.sequestra.freezing.registry.client.model.CaseDto;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.RegistryReadings;
import org.sequestra.platform.web.ServiceBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads assets from the registry as the issuer (the generated client relays the caller's token, so
 * the registry applies the issuer's agency visibility and audits the read under the issuer). An
 * asset the registry does not show the issuer (404, or 403) is simply not seen; a registry that
 * cannot answer (unreachable, time-out, 5xx, 401, 429...) stops the issue with 503, nothing
 * changed.
 */
@Component
public class RegistryAssets {

  private static final Logger log = LoggerFactory.getLogger(RegistryAssets.class);

  private final AssetsApi registry;
  private final CasesApi cases;
  private final RegistrySnapshotMapper mapper;
  private final SnapshotProperties properties;
  private final Clock clock;

  RegistryAssets(
      AssetsApi registryAssetsAsCaller,
      CasesApi registryCasesAsCaller,
      RegistrySnapshotMapper mapper,
      SnapshotProperties properties,
      Clock clock) {
    this.registry = registryAssetsAsCaller;
    this.cases = registryCasesAsCaller;
    this.mapper = mapper;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The request's case (for its national reference), then each asset once, in the given order; call
   * outside any database transaction.
   */
  public RegistryReadings read(UUID caseId, Collection<UUID> assetIds) {
    String caseReference = caseId == null ? null : caseReference(caseId);
    Map<UUID, AssetSnapshot> seen = new LinkedHashMap<>();
    for (UUID assetId : assetIds) {
      try {
        AssetDto asset = registry.getAsset(assetId).getBody();
        if (asset == null) {
          throw new RestClientException("empty answer");
        }
        // an asset of another case gets no reference: the snapshot rules refuse it anyway
        String reference =
            java.util.Objects.equals(asset.getCaseId(), caseId) ? caseReference : null;
        seen.put(assetId, mapper.toSnapshot(asset, reference, clock.instant()));
      } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden unseen) {
        // not the issuer's to see: a violation of the certificate, not a failure
      } catch (RestClientException failed) {
        throw unavailable("asset", assetId, failed);
      }
    }
    return new RegistryReadings(seen);
  }

  /** Null when the issuer may not see the case: its assets are then refused one by one. */
  private String caseReference(UUID caseId) {
    try {
      CaseDto found = cases.getCase(caseId).getBody();
      if (found == null) {
        throw new RestClientException("empty answer");
      }
      return found.getNationalReference();
    } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden unseen) {
      return null;
    } catch (RestClientException failed) {
      throw unavailable("case", caseId, failed);
    }
  }

  private ServiceBusyException unavailable(String what, UUID id, RestClientException failed) {
    // the status or the exception's class only: an answer's text may quote the asset or case
    log.warn(
        "Registry could not be read for {} {}: {}",
        what,
        id,
        failed instanceof RestClientResponseException answer
            ? "HTTP " + answer.getStatusCode().value()
            : failed.getMostSpecificCause().getClass().getSimpleName());
    return new ServiceBusyException(
        "registry-unavailable",
        "The asset registry could not be read; the request was not issued. Try again later.",
        properties.retryAfter());
  }
}
