package org.sequestra.platform.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every call from one of our services to another shares: the JDK HTTP client with the
 * configured time-outs, JSON through the given mapper, the generated client interface on top, and
 * (when the callee must apply the caller's rights) the caller's own bearer token.
 */
public final class ServiceClients {

  private ServiceClients() {}

  /** A {@link RestClient} builder for {@code baseUrl}; add interceptors, then {@link #create}. */
  public static RestClient.Builder restClient(
      URI baseUrl, Duration connectTimeout, Duration readTimeout, JsonMapper json) {
    // HTTP/1.1: the JDK client's h2c upgrade attempt is pointless between our services.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(readTimeout);
    return RestClient.builder()
        .baseUrl(baseUrl.toString())
        .requestFactory(requests)
        .configureMessageConverters(
            converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(json)));
  }

  /** The generated client interface {@code api} on {@code rest}. */
  public static <T> T create(RestClient rest, Class<T> api) {
    return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
        .build()
        .createClient(api);
  }

  /**
   * Our services refuse properties they do not know, and the generated models hold absent ones as
   * null: such a property is left out of the request instead.
   */
  public static JsonMapper withoutNulls(JsonMapper json) {
    return json.rebuild()
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * Relays the bearer token of the request being served, so that the callee applies the caller's
   * own rights (and audits the caller). Calling without one is a programming error: every endpoint
   * that reaches here is authenticated.
   */
  public static ClientHttpRequestInterceptor relayCallersToken() {
    return (request, body, execution) -> {
      if (!(SecurityContextHolder.getContext().getAuthentication()
          instanceof AbstractOAuth2TokenAuthenticationToken<?> caller)) {
        throw new IllegalStateException("a call on the caller's behalf needs the caller's token");
      }
      request
          .getHeaders()
          .set(HttpHeaders.AUTHORIZATION, "Bearer " + caller.getToken().getTokenValue());
      return execution.execute(request, body);
    };
  }
}
