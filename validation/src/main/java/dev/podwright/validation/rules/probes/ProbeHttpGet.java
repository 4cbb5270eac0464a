package dev.podwright.validation.rules.probes;

import dev.podwright.path.FieldPath;
import dev.podwright.validation.Severity;
import dev.podwright.validation.rules.support.KubeIdentifiers;
import dev.podwright.validation.spi.PodSpecContext;
import dev.podwright.validation.spi.PodSpecRule;
import dev.podwright.validation.spi.RuleInfo;
import dev.podwright.validation.spi.ViolationSink;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import java.util.Optional;

/**
 * An {@code httpGet} action of a probe or hook has a valid port, scheme and header names ({@code
 * PROBE_HTTPGET}); an unset path and scheme are defaulted. Header name errors are reported at
 * {@code ...httpGet.httpHeaders}, as on the API server.
 */
public final class ProbeHttpGet implements PodSpecRule {

  private static final RuleInfo INFO =
      new RuleInfo(
          "PROBE_HTTPGET",
          Severity.ERROR,
          "H. Probes and lifecycle hooks",
          "An httpGet action uses a port number 1-65535 or an IANA_SVC_NAME, scheme HTTP or HTTPS, and valid header names.",
          "The API server rejects a bad port or header name (Invalid value) and other schemes (Unsupported value).",
          "Use a port number or the name of a declared container port, scheme HTTP or HTTPS, and header names of letters, digits and '-'.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PodSpecContext context, ViolationSink sink) {
    for (Handlers.Handler handler : Handlers.allHandlers(context)) {
      if (!"httpGet".equals(handler.firstAction())) {
        continue;
      }
      V1HTTPGetAction http = handler.httpGet();
      Optional<String> portProblem = Handlers.portProblem(http.getPort());
      if (portProblem.isPresent()) {
        sink.report(
            path(handler, "port"),
            Handlers.render(http.getPort()),
            "httpGet port "
                + Handlers.render(http.getPort())
                + " of the "
                + handler.describe()
                + " "
                + portProblem.get());
      }
      String scheme = http.getScheme();
      if (scheme != null
          && !scheme.isEmpty()
          && !scheme.equals("HTTP")
          && !scheme.equals("HTTPS")) {
        sink.report(
            path(handler, "scheme"),
            scheme,
            "httpGet scheme \""
                + scheme
                + "\" of the "
                + handler.describe()
                + " is not supported; supported values: HTTP, HTTPS");
      }
      if (http.getHttpHeaders() != null) {
        for (V1HTTPHeader header : http.getHttpHeaders()) {
          if (header == null) {
            continue;
          }
          String name = header.getName();
          Optional<String> problem = KubeIdentifiers.httpHeaderName(name);
          if (problem.isPresent()) {
            sink.report(
                path(handler, "httpHeaders"),
                name,
                "httpGet header name \""
                    + name
                    + "\" of the "
                    + handler.describe()
                    + " "
                    + problem.get());
          }
        }
      }
    }
  }

  /** The path of a field of a handler's {@code httpGet}. */
  private static FieldPath path(Handlers.Handler handler, String field) {
    return handler.path().child("httpGet").child(field);
  }
}
