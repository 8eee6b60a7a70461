package org.sequestra.freezing.snapshot;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.sequestra.freezing.registry.client.AssetsApi;
import org.sequestra.freezing.registry.client.model.AssetDto;
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
  private final RegistrySnapshotMapper mapper;
  private final SnapshotProperties properties;
  private final Clock clock;

  RegistryAssets(
      AssetsApi registryAssetsAsCaller,
      RegistrySnapshotMapper mapper,
      SnapshotProperties properties,
      Clock clock) {
    this.registry = registryAssetsAsCaller;
    this.mapper = mapper;
    this.properties = properties;
    this.clock = clock;
  }

  /** Each asset once, in the given order; call outside any database transaction. */
  public RegistryReadings read(Collection<UUID> assetIds) {
    Map<UUID, AssetSnapshot> seen = new LinkedHashMap<>();
    for (UUID assetId : assetIds) {
      try {
        AssetDto asset = registry.getAsset(assetId).getBody();
        if (asset == null) {
          throw new RestClientException("empty answer");
        }
        seen.put(assetId, mapper.toSnapshot(asset, clock.instant()));
      } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden unseen) {
        // not the issuer's to see: a violation of the certificate, not a failure
      } catch (RestClientException failed) {
        // the status or the exception's class only: an answer's text may quote the asset
        log.warn(
            "Registry could not be read for asset {}: {}",
            assetId,
            failed instanceof RestClientResponseException answer
                ? "HTTP " + answer.getStatusCode().value()
                : failed.getMostSpecificCause().getClass().getSimpleName());
        throw new ServiceBusyException(
            "registry-unavailable",
            "The asset registry could not be read; the request was not issued. Try again later.",
            properties.retryAfter());
      }
    }
    return new RegistryReadings(seen);
  }
}
