// Swagger UI for the Sequestra contracts; kept out of the page so the CSP needs no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "api-docs/asset-registry.yaml", name: "Asset registry" },
      { url: "api-docs/financial-trace.yaml", name: "Financial trace" },
      { url: "api-docs/freezing.yaml", name: "Freezing" }
    ],
    "urls.primaryName": "Asset registry",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
});
