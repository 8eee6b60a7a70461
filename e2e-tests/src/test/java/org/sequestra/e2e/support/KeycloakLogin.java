package org.sequestra.e2e.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obtains access tokens from the local Keycloak (see {@code keycloak/README.md}) using only the
 * JDK.
 *
 * <p>{@link #brokeredLogin} drives the browser login through the hub realm {@code sequestra} purely
 * over HTTP: authorization-code flow of client {@code sequestra-console} with PKCE and {@code
 * kc_idp_hint}, the agency realm's login form, the broker callback, and the code exchange. Each
 * brokered login uses its own cookie jar, so logins never share an SSO session.
 */
public final class KeycloakLogin {

  public static final String HUB_REALM = "sequestra";
  public static final String CONSOLE_CLIENT = "sequestra-console";
  public static final String REDIRECT_URI = "http://127.0.0.1/callback";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_STEPS = 25;
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern INPUT =
      Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BUTTON =
      Pattern.compile("<button\\b([^>]*)>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PROCEED_LINK =
      Pattern.compile("<a\\b[^>]*href=\"([^\"]*/login-actions/[^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEEDBACK = Pattern.compile("kc-feedback-text[^>]*>([^<]+)<");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

  private final String baseUrl;
  private final HttpClient http;

  /**
   * @param baseUrl Keycloak base URL, e.g. {@code http://localhost:18180} (no trailing slash
   *     needed)
   */
  public KeycloakLogin(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http = newClient(null);
  }

  /** Resource-owner password grant; returns the access token. */
  public String password(String realm, String clientId, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", clientId);
    form.put("username", username);
    form.put("password", password);
    form.put("scope", "openid");
    return accessToken(http, realm, form);
  }

  /** Client-credentials grant (client secret in the body); returns the access token. */
  public String clientCredentials(String realm, String clientId, String secret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", secret);
    return accessToken(http, realm, form);
  }

  /**
   * Interactive login of an agency user through the hub realm with identity brokering.
   *
   * @param idpAlias identity provider alias in the hub, e.g. {@code agency-es}
   * @return access token of realm {@code sequestra}
   */
  public String brokeredLogin(String idpAlias, String username, String password) {
    HttpClient browser = newClient(new CookieJar());
    String verifier = randomToken(48);
    String state = randomToken(16);
    String authUrl =
        realmUrl(HUB_REALM)
            + "/protocol/openid-connect/auth?"
            + encode(
                Map.of(
                    "client_id",
                    CONSOLE_CLIENT,
                    "response_type",
                    "code",
                    "scope",
                    "openid",
                    "redirect_uri",
                    REDIRECT_URI,
                    "state",
                    state,
                    "nonce",
                    randomToken(16),
                    "code_challenge",
                    s256(verifier),
                    "code_challenge_method",
                    "S256",
                    "kc_idp_hint",
                    idpAlias));

    HttpResponse<String> response =
        send(browser, HttpRequest.newBuilder(URI.create(authUrl)).GET());
    boolean credentialsPosted = false;
    for (int step = 0; step < MAX_STEPS; step++) {
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw failure("redirect without Location", response);
        }
        URI next = response.uri().resolve(location);
        if (next.toString().startsWith(REDIRECT_URI)) {
          return exchangeCode(browser, next, state, verifier, response);
        }
        response = send(browser, HttpRequest.newBuilder(next).GET());
        continue;
      }
      if (status != 200) {
        throw failure("unexpected response during brokered login", response);
      }
      String html = response.body();
      Matcher form = FORM.matcher(html);
      if (!form.find()) {
        // Info pages ("proceed", "back to application") carry a link instead of a form.
        Matcher link = PROCEED_LINK.matcher(html);
        if (link.find()) {
          response =
              send(
                  browser,
                  HttpRequest.newBuilder(response.uri().resolve(decodeEntities(link.group(1))))
                      .GET());
          continue;
        }
        throw failure("page without a form during brokered login", response);
      }
      String action = attribute(form.group(1), "action");
      if (action == null || action.isEmpty()) {
        throw failure("form without action", response);
      }
      Map<String, String> fields = inputs(form.group(2));
      if (fields.containsKey("username") && fields.containsKey("password")) {
        if (response.uri().getPath().startsWith("/realms/" + HUB_REALM + "/")) {
          throw failure(
              "the hub's own login page was shown (unknown IdP alias " + idpAlias + "?)", response);
        }
        if (credentialsPosted) {
          throw failure("login form shown again (wrong credentials?) for " + username, response);
        }
        fields.put("username", username);
        fields.put("password", password);
        credentialsPosted = true;
      } else if (!credentialsPosted) {
        throw failure("expected the agency login form", response);
      }
      // Any other page (e.g. profile review or "confirm" page) is submitted as pre-filled.
      URI target = response.uri().resolve(decodeEntities(action));
      response =
          send(
              browser,
              HttpRequest.newBuilder(target)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }
    throw failure("too many steps during brokered login", response);
  }

  /** Decoded JSON payload of a JWT (no signature check). */
  public static String claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw new IllegalStateException("not a JWT: " + excerpt(jwt));
    }
    return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------

  private String exchangeCode(
      HttpClient browser, URI callback, String state, String verifier, HttpResponse<String> last) {
    Map<String, String> params = query(callback.getRawQuery());
    if (params.containsKey("error")) {
      throw failure(
          "authorization error "
              + params.get("error")
              + ": "
              + params.getOrDefault("error_description", ""),
          last);
    }
    if (!state.equals(params.get("state"))) {
      throw failure("state mismatch in " + callback, last);
    }
    String code = params.get("code");
    if (code == null) {
      throw failure("no code in " + callback, last);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", CONSOLE_CLIENT);
    form.put("code", code);
    form.put("redirect_uri", REDIRECT_URI);
    form.put("code_verifier", verifier);
    return accessToken(browser, HUB_REALM, form);
  }

  private String accessToken(HttpClient client, String realm, Map<String, String> form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    HttpResponse<String> response = send(client, request);
    if (response.statusCode() != 200) {
      throw failure(
          "token request ("
              + form.get("grant_type")
              + ", client "
              + form.get("client_id")
              + ", realm "
              + realm
              + ") failed",
          response);
    }
    String token = jsonString(response.body(), "access_token");
    if (token == null) {
      throw failure("no access_token in token response", response);
    }
    return token;
  }

  private String realmUrl(String realm) {
    return baseUrl + "/realms/" + realm;
  }

  private static HttpClient newClient(CookieHandler cookies) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT);
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    return builder.build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    HttpRequest built = request.timeout(TIMEOUT).build();
    try {
      return client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + built.uri(), e);
    }
  }

  private static IllegalStateException failure(String message, HttpResponse<String> response) {
    String uri = response.uri().toString();
    if (uri.length() > 120) {
      uri = uri.substring(0, 120) + "...";
    }
    return new IllegalStateException(
        message
            + " [HTTP "
            + response.statusCode()
            + " "
            + response.request().method()
            + " "
            + uri
            + "] "
            + excerpt(response.body()));
  }

  private static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    Matcher feedback = FEEDBACK.matcher(body);
    String prefix = feedback.find() ? "[" + feedback.group(1).trim() + "] " : "";
    String text =
        prefix
            + body.replaceAll("(?is)<head\\b.*?</head>", " ")
                .replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .trim();
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** Value of a top-level string field of a flat JSON object (enough for token responses). */
  static String jsonString(String json, String field) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"")
            .matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static Map<String, String> inputs(String formBody) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(formBody);
    while (m.find()) {
      String attrs = m.group(1);
      String name = attribute(attrs, "name");
      if (name == null) {
        continue;
      }
      String type = attribute(attrs, "type");
      if (type != null
          && (type.equalsIgnoreCase("checkbox") || type.equalsIgnoreCase("radio"))
          && !Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE).matcher(attrs).find()) {
        continue;
      }
      if (type != null && type.equalsIgnoreCase("submit")) {
        continue;
      }
      String value = attribute(attrs, "value");
      fields.put(name, value == null ? "" : decodeEntities(value));
    }
    // The first named submit button (e.g. submitAction=... on confirmation pages).
    Matcher b = BUTTON.matcher(formBody);
    while (b.find()) {
      String name = attribute(b.group(1), "name");
      if (name != null && !fields.containsKey(name)) {
        String value = attribute(b.group(1), "value");
        fields.put(name, value == null ? "" : decodeEntities(value));
        break;
      }
    }
    return fields;
  }

  private static String attribute(String attrs, String name) {
    Matcher m =
        Pattern.compile(
                "(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE)
            .matcher(attrs);
    if (!m.find()) {
      return null;
    }
    return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
  }

  static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00a0";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static String encode(Map<String, String> form) {
    StringBuilder sb = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (!sb.isEmpty()) {
            sb.append('&');
          }
          sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return sb.toString();
  }

  private static String randomToken(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Minimal per-login cookie jar. {@link java.net.CookieManager} is not usable here: Keycloak marks
   * its cookies {@code Secure} even over plain http (browsers still send them to localhost, a
   * secure context) and CookieManager would withhold them, breaking the login with "Restart login
   * cookie not found".
   */
  private static final class CookieJar extends CookieHandler {
    private record Cookie(String host, String path, String name, String value) {}

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized Map<String, List<String>> get(
        URI uri, Map<String, List<String>> requestHeaders) {
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      StringBuilder header = new StringBuilder();
      for (Cookie c : cookies) {
        if (c.host().equalsIgnoreCase(uri.getHost()) && pathMatches(path, c.path())) {
          if (!header.isEmpty()) {
            header.append("; ");
          }
          header.append(c.name()).append('=').append(c.value());
        }
      }
      return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
      responseHeaders.forEach(
          (key, values) -> {
            if (key == null || !key.equalsIgnoreCase("Set-Cookie")) {
              return;
            }
            for (String setCookie : values) {
              String[] parts = setCookie.split(";");
              int eq = parts[0].indexOf('=');
              if (eq <= 0) {
                continue;
              }
              String name = parts[0].substring(0, eq).trim();
              String value = parts[0].substring(eq + 1).trim();
              String path = defaultPath(uri.getPath());
              boolean expired = value.isEmpty();
              for (int i = 1; i < parts.length; i++) {
                String attr = parts[i].trim();
                String lower = attr.toLowerCase();
                if (lower.startsWith("path=")) {
                  path = attr.substring(5).trim();
                } else if (lower.startsWith("max-age=")) {
                  try {
                    expired |= Long.parseLong(attr.substring(8).trim()) <= 0;
                  } catch (NumberFormatException ignored) {
                    // keep the cookie
                  }
                } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                  expired = true;
                }
              }
              String p = path;
              cookies.removeIf(
                  c ->
                      c.host().equalsIgnoreCase(uri.getHost())
                          && c.path().equals(p)
                          && c.name().equals(name));
              if (!expired) {
                cookies.add(new Cookie(uri.getHost(), path, name, value));
              }
            }
          });
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
      return requestPath.equals(cookiePath)
          || requestPath.startsWith(cookiePath.endsWith("/") ? cookiePath : cookiePath + "/");
    }

    private static String defaultPath(String requestPath) {
      if (requestPath == null
          || !requestPath.startsWith("/")
          || requestPath.lastIndexOf('/') == 0) {
        return "/";
      }
      return requestPath.substring(0, requestPath.lastIndexOf('/'));
    }
  }
}
