package org.sequestra.freezing.request;

import java.util.List;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON documents a request stores: its certificate, execution results, disposal share. */
@Component
public class RequestDocuments {

  private static final TypeReference<List<AssetResult>> RESULTS = new TypeReference<>() {};

  private final JsonMapper json;

  RequestDocuments(JsonMapper json) {
    this.json = json;
  }

  public Certificate certificate(FreezingRequest request) {
    return json.readValue(request.getCertificate(), Certificate.class);
  }

  String write(Certificate certificate) {
    return json.writeValueAsString(certificate);
  }

  public List<AssetResult> assetResults(FreezingRequest request) {
    return request.getAssetResults() == null
        ? List.of()
        : json.readValue(request.getAssetResults(), RESULTS);
  }

  public String writeResults(List<AssetResult> results) {
    return json.writeValueAsString(results);
  }

  public DisposalShare disposalShare(FreezingRequest request) {
    return request.getDisposalShare() == null
        ? null
        : json.readValue(request.getDisposalShare(), DisposalShare.class);
  }

  public String writeShare(DisposalShare share) {
    return json.writeValueAsString(share);
  }
}
