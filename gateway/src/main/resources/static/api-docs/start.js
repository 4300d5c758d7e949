// Swagger UI over every service's OpenAPI document: the list comes from /api-docs/swagger-config (one entry per
// service the gateway routes to), and the top bar switches between them. A file, not an inline script: the UI's
// Content-Security-Policy allows scripts from this origin only.
window.ui = SwaggerUIBundle({
  configUrl: '/api-docs/swagger-config',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
  layout: 'StandaloneLayout',
});
