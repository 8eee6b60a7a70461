package org.sequestra.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the routes' {@code lb://<service>} lead: Spring Cloud LoadBalancer picks an instance (round
 * robin) from a fixed list, the simple discovery client's {@code
 * spring.cloud.discovery.client.simple.instances}, filled from {@code sequestra.services.*-url}.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = FixedInstanceLists.class)
class RoutingConfiguration {

  /**
   * Replaces Spring Cloud's own (which would list only what {@code
   * spring.cloud.discovery.client.simple.instances} names) with the configured service URLs.
   */
  @Bean
  SimpleReactiveDiscoveryProperties simpleReactiveDiscoveryProperties(ServiceUrls urls) {
    Map<String, List<InstanceProperties>> instances = new LinkedHashMap<>();
    urls.instances()
        .forEach(
            (service, list) -> {
              List<InstanceProperties> described = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                described.add(instance(service, i + 1, list.get(i)));
              }
              instances.put(service, described);
            });
    SimpleReactiveDiscoveryProperties properties = new SimpleReactiveDiscoveryProperties();
    properties.setInstances(instances);
    return properties;
  }

  @Bean
  SafeMethodRetryGatewayFilterFactory safeMethodRetryGatewayFilterFactory(
      RetryProperties properties) {
    return new SafeMethodRetryGatewayFilterFactory(properties);
  }

  private static InstanceProperties instance(String service, int number, URI url) {
    InstanceProperties instance = new InstanceProperties();
    instance.setServiceId(service);
    instance.setInstanceId(service + "-" + number);
    instance.setUri(url);
    return instance;
  }
}
