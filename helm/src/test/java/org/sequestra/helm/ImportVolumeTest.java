package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Financial-trace replicas share the uploads of their imports (a replica takes over the job of a
 * dead one and reads its upload): more than one replica only with a shared volume.
 */
class ImportVolumeTest {

  private static final String TRACE = "seq-sequestra-financial-trace";

  @Test
  void replicasWithASharedClaimMountItAndKeepTheirUploadsThere() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("financialTrace.replicas", 3)
                    .set("financialTrace.importsClaim", "sequestra-imports"));

    Deployment trace = deployment(chart);
    assertThat(trace.getSpec().getReplicas()).isEqualTo(3);
    PodSpec pod = trace.getSpec().getTemplate().getSpec();
    assertThat(pod.getVolumes())
        .filteredOn(v -> v.getName().equals("imports"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.getPersistentVolumeClaim().getClaimName())
                    .isEqualTo("sequestra-imports"));
    assertThat(pod.getContainers().getFirst().getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getName()).isEqualTo("imports");
              assertThat(m.getMountPath()).isEqualTo("/var/lib/sequestra/imports");
            });
    assertThat(config(chart)).contains("work-dir: /var/lib/sequestra/imports");
  }

  @Test
  void oneReplicaKeepsItsUploadsInItsOwnTmp() {
    RenderedChart chart = RenderedChart.withDefaults();

    assertThat(deployment(chart).getSpec().getTemplate().getSpec().getVolumes())
        .noneMatch(v -> v.getName().equals("imports"));
    assertThat(config(chart)).contains("work-dir: /tmp/sequestra-imports");
  }

  @Test
  void moreReplicasWithoutASharedClaimAreRefused() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("financialTrace.replicas", 2)))
        .hasMessageContaining("financialTrace.importsClaim");
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("financialTrace.autoscaling.enabled", true)))
        .hasMessageContaining("financialTrace.importsClaim");
  }

  private static Deployment deployment(RenderedChart chart) {
    return chart.all(Deployment.class).stream()
        .filter(d -> d.getMetadata().getName().equals(TRACE))
        .findFirst()
        .orElseThrow();
  }

  private static String config(RenderedChart chart) {
    return chart.all(ConfigMap.class).stream()
        .filter(m -> m.getMetadata().getName().equals(TRACE))
        .map(m -> String.join("\n", m.getData().values()))
        .findFirst()
        .orElseThrow();
  }
}
