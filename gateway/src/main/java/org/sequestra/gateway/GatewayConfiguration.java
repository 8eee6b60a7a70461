package org.sequestra.gateway;

import org.sequestra.gateway.web.GatewayErrorHandler;
import org.sequestra.gateway.web.ProblemResponses;
import org.sequestra.gateway.web.RequestIdFilter;
import org.sequestra.gateway.web.RequestIdLogging;
import org.sequestra.gateway.web.RequestSizeLimitFilter;
import org.sequestra.gateway.web.SecurityHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own web filters, in this order: request id + access log + problem errors, security
 * headers, size limit, (Spring Security at -100), per-agency rate limit, then routing.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

  @Bean
  ProblemResponses problemResponses(JsonMapper jsonMapper) {
    return new ProblemResponses(jsonMapper);
  }

  @Bean
  GatewayErrorHandler gatewayErrorHandler(ProblemResponses problems) {
    return new GatewayErrorHandler(problems);
  }

  @Bean
  RequestIdFilter requestIdFilter(GatewayErrorHandler errorHandler) {
    RequestIdLogging.register();
    return new RequestIdFilter(errorHandler);
  }

  @Bean
  SecurityHeadersFilter securityHeadersFilter() {
    return new SecurityHeadersFilter();
  }

  @Bean
  RequestSizeLimitFilter requestSizeLimitFilter(GatewayProperties properties) {
    return new RequestSizeLimitFilter(
        properties.maxRequestSize(), properties.uploadPaths(), properties.maxUploadSize());
  }
}
