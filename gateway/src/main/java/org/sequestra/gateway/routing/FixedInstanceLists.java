package org.sequestra.gateway.routing;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The load balancer of each service (a context of its own, named after the service): its instances
 * straight from the fixed list, without Spring Cloud's cache, which would only hold a copy of the
 * same list (and warns when no cache library is there). Not a {@code @Configuration}: only the load
 * balancers' contexts use it ({@code @LoadBalancerClients} in {@link RoutingConfiguration}).
 */
class FixedInstanceLists {

  @Bean
  ServiceInstanceListSupplier fixedInstances(ConfigurableApplicationContext context) {
    return ServiceInstanceListSupplier.builder().withDiscoveryClient().build(context);
  }
}
