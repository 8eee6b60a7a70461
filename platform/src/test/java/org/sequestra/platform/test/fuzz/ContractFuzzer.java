package org.sequestra.platform.test.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The contract fuzz test, written once for every service: reads the service's OpenAPI contract
 * ({@code openapi/<file>}, with its {@code $ref}s into {@code common.yaml}), and for every
 * operation sends a valid sample request and then the same request broken in one place at a time
 * (wrong types, control characters, huge strings, out-of-range numbers, unknown fields, deep
 * nesting, broken JSON, wrong content types, broken multipart), deterministically (fixed seed),
 * with a token carrying every role of the platform so that authorisation hides no handler. The
 * service must answer every one of them without a 5xx, and every 4xx as {@code
 * application/problem+json}.
 *
 * <p>A service's test names its contract, may give real ids for path parameters (so that bodies
 * reach the code behind the existence checks), and calls {@link #run(MockMvc)}.
 */
public final class ContractFuzzer {

  /** Every realm role of the platform (DESIGN.md §2). */
  public static final String[] ALL_ROLES = {
    "ARO_ANALYST",
    "ARO_SUPERVISOR",
    "ISSUING_AUTHORITY",
    "EXECUTING_AUTHORITY",
    "PROSECUTOR",
    "EMPACT_INTEGRATION",
    "AUDITOR",
    "PLATFORM_ADMIN"
  };

  private final String contractFile;
  private final Map<String, String> pathValues = new LinkedHashMap<>();
  private String bearer;
  private long seed = 20_261_203L;

  private ContractFuzzer(String contractFile) {
    this.contractFile = contractFile;
  }

  /** The contract by its file name in {@code openapi/}, e.g. {@code "freezing.yaml"}. */
  public static ContractFuzzer contract(String contractFile) {
    return new ContractFuzzer(contractFile);
  }

  /** A token from the NL agency realm (which may hold every role) with every role. */
  public static String allRolesBearer() {
    return TestIssuers.token("agency-nl").username("contract-fuzzer").roles(ALL_ROLES).bearer();
  }

  /** The bearer to send; default {@link #allRolesBearer()}. */
  public ContractFuzzer bearer(String value) {
    bearer = value;
    return this;
  }

  /**
   * A real value (an id the test created) for every path or query parameter and every body property
   * of that name, so that the broken part of a request gets past the existence checks; where none
   * is known the contract's sample (a fixed UUID for ids) is used.
   */
  public ContractFuzzer knownValue(String name, String value) {
    pathValues.put(name, value);
    return this;
  }

  public ContractFuzzer seed(long value) {
    seed = value;
    return this;
  }

  /** Every generated request, in contract order. */
  List<FuzzRequest> requests() {
    OpenAPI api = parse(locate(contractFile));
    Variants variants = new Variants(new Random(seed), pathValues);
    List<FuzzRequest> requests = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        requests.addAll(
            variants.of(
                operation.getKey().name(), path.getKey(), path.getValue(), operation.getValue()));
      }
    }
    return requests;
  }

  /** Sends every request and reports; call {@link FuzzReport#assertNoServerErrors()} on it. */
  public FuzzReport run(MockMvc mvc) {
    String token = bearer != null ? bearer : allRolesBearer();
    FuzzReport report = new FuzzReport(contractFile);
    long started = System.nanoTime();
    for (FuzzRequest request : requests()) {
      long start = System.nanoTime();
      FuzzReport.Answer answer = send(mvc, request, token);
      report.record(request, answer, System.nanoTime() - start);
    }
    report.finish(System.nanoTime() - started);
    return report;
  }

  private static FuzzReport.Answer send(MockMvc mvc, FuzzRequest request, String token) {
    try {
      MockHttpServletRequestBuilder builder =
          MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()), uri(request))
              .header("Authorization", token);
      request.headers().forEach(builder::header);
      if (request.contentType() != null) {
        builder.header("Content-Type", request.contentType());
      }
      if (request.body() != null) {
        builder.content(request.body());
      }
      MvcResult result = mvc.perform(builder).andReturn();
      if (result.getRequest().isAsyncStarted()) {
        result = mvc.perform(asyncDispatch(result)).andReturn();
      }
      MockHttpServletResponse response = result.getResponse();
      return new FuzzReport.Answer(
          response.getStatus(),
          response.getContentType(),
          response.getErrorMessage(),
          excerpt(response.getContentAsString(StandardCharsets.UTF_8)),
          response.getHeader("Retry-After"),
          null);
    } catch (Throwable thrown) {
      // An exception out of MockMvc is one the service did not handle: a 500 in production.
      Throwable root = thrown;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return new FuzzReport.Answer(
          500,
          null,
          null,
          null,
          null,
          root.getClass().getName() + ": " + excerpt(root.getMessage()));
    }
  }

  /** The request's URI with every path and query value percent-encoded, as a client sends it. */
  static URI uri(FuzzRequest request) {
    String path = request.pathTemplate();
    for (Map.Entry<String, String> value : request.pathValues().entrySet()) {
      path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
    }
    StringBuilder uri = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> parameter : request.query().entrySet()) {
      uri.append(separator)
          .append(encode(parameter.getKey()))
          .append('=')
          .append(encode(parameter.getValue()));
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("\\p{Cntrl}", "?");
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  /** {@code openapi/<file>} of this repository, looked for from the module's directory upwards. */
  static Path locate(String contractFile) {
    Path given = Path.of(contractFile);
    if (given.isAbsolute() && Files.isRegularFile(given)) {
      return given; // a fixture of the fuzzer's own tests
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("openapi").resolve(contractFile);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new UncheckedIOException(
        new IOException("no openapi/" + contractFile + " above " + Path.of("").toAbsolutePath()));
  }

  static OpenAPI parse(Path contract) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options);
    if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new IllegalStateException(
          "could not read " + contract + ": " + String.join("; ", messages(result)));
    }
    return result.getOpenAPI();
  }

  private static List<String> messages(SwaggerParseResult result) {
    return result.getMessages() == null ? List.of() : result.getMessages();
  }
}
