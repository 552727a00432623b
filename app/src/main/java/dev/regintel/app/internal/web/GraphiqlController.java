package dev.regintel.app.internal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, working offline: its scripts and styles come from WebJars served
 * by this app, never from a CDN.
 */
@Controller
class GraphiqlController {

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
          <script>
            const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
            const query = '# regintel: try a document with its requirements\\n'
              + '{\\n  document(code: "ETSI EN 303 645", version: "V2.1.1") {\\n'
              + '    code version title titleJa\\n    requirements(first: 5) { totalCount edges { node { ref title titleJa obligation } } }\\n  }\\n}\\n';
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultQuery: query }));
          </script>
        </body>
        </html>
        """
            .formatted(graphiql, react);
  }

  @GetMapping({"/graphiql", "/graphiql/"})
  ResponseEntity<String> graphiql() {
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
  }
}
