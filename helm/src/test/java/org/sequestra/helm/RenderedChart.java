package org.sequestra.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The chart rendered with helm-java (no cluster, no helm binary), parsed into fabric8 objects. */
record RenderedChart(List<HasMetadata> objects) {

  static final Path CHART = Path.of(System.getProperty("sequestra.chart", "sequestra"));
  static final String RELEASE = "seq";

  static RenderedChart render(UnaryOperator<TemplateCommand> values) {
    String yaml =
        values
            .apply(
                new Helm(CHART)
                    .template()
                    .withName(RELEASE)
                    .withNamespace("aro")
                    .withKubeVersion("1.33.0"))
            .call();
    return new RenderedChart(
        Arrays.stream(yaml.split("(?m)^---\\s*$"))
            .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
            .map(document -> Serialization.unmarshal(document, HasMetadata.class))
            .toList());
  }

  static RenderedChart withDefaults() {
    return render(command -> command);
  }

  static RenderedChart withProductionExample() {
    return render(command -> command.withValuesFile(CHART.resolve("values-production.yaml")));
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The component label a selector (matchLabels) picks, or null. */
  static String component(Map<String, String> matchLabels) {
    return matchLabels == null ? null : matchLabels.get("app.kubernetes.io/component");
  }

  /** The component of this release a policy peer names (same namespace, pod selector), or null. */
  static String componentOf(NetworkPolicyPeer peer) {
    if (peer.getNamespaceSelector() != null || peer.getPodSelector() == null) {
      return null;
    }
    return component(peer.getPodSelector().getMatchLabels());
  }
}
