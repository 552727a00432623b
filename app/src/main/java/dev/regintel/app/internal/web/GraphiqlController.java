package dev.regintel.app.internal.web;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, working offline: its scripts and styles come from WebJars served
 * by this app, never from a CDN. The page is static (no graph data is written into it) and runs no
 * inline script, so its Content-Security-Policy ({@link SecurityHeaders}) allows scripts from this
 * server only.
 */
@Controller
class GraphiqlController {

  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript");

  private static final String START =
      """
      const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
      const query = '# regintel: try a document with its requirements\\n'
        + '{\\n  document(code: "ETSI EN 303 645", version: "V2.1.1") {\\n'
        + '    code version title titleJa\\n    requirements(first: 5) { totalCount edges { node { ref title titleJa obligation } } }\\n  }\\n}\\n';
      ReactDOM.createRoot(document.getElementById('graphiql'))
        .render(React.createElement(GraphiQL, { fetcher, defaultQuery: query }));
      """;

  private final String page;

  GraphiqlController(
      @Value("${regintel.graphiql.graphiql-version}") String graphiql,
      @Value("${regintel.graphiql.react-version}") String react) {
    this.page =
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>regintel GraphiQL</title>
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <link rel="stylesheet" href="/webjars/graphiql/%1$s/graphiql.min.css">
          <style>html, body, #graphiql { height: 100%%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/webjars/react/%2$s/umd/react.production.min.js"></script>
          <script src="/webjars/react-dom/%2$s/umd/react-dom.production.min.js"></script>
          <script src="/webjars/graphiql/%1$s/graphiql.min.js"></script>
          <script src="/graphiql/start.js"></script>
        </body>
        </html>
        """
            .formatted(graphiql, react);
  }

  @GetMapping({"/graphiql", "/graphiql/"})
  ResponseEntity<String> graphiql() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .body(page);
  }

  /** The page's own script, served as a file so that the policy needs no inline script. */
  @GetMapping("/graphiql/start.js")
  ResponseEntity<String> start() {
    return ResponseEntity.ok().contentType(JAVASCRIPT).body(START);
  }
}
