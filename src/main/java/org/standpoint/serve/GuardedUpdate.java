package org.standpoint.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.eclipse.jetty.http.BadMessageException;
import org.standpoint.iri.Iris;

/**
 * The authenticated SPARQL Update endpoint, with what it must not do refused before anything runs:
 * <ul>
 * <li>write to an article graph or the positions graph. The positions graph, the role sightings and the label index
 * are derived from the article graphs by every write the store makes; an update writing there would leave them
 * stale (a dropped article still counted on actor pages). {@code standpoint load} and {@code standpoint remove} are
 * the supported writes. A graph named by a variable, or every graph at once ({@code DROP ALL}), may be one of them.</li>
 * <li>{@code LOAD} from anywhere but the endpoints {@code serve --allow-service} allows (never {@code file:}): the
 * same list that bounds {@code SERVICE} in queries, so an update cannot make the server fetch from its own network.</li>
 * <li>an update from a web page of another origin (a browser that holds the login would send it: cross-site request
 * forgery). A request with no {@code Origin} (curl, scripts) or this server's own is let through.</li>
 * </ul>
 */
final class GuardedUpdate extends SPARQL_Update {
    private final String articleGraphs;
    private final String positionsGraph;
    private final Set<String> allowedSources;

    GuardedUpdate(String base, Set<String> allowedSources) {
        Iris iris = new Iris(base);
        this.articleGraphs = iris.articleGraph("");
        this.positionsGraph = iris.positionsGraph();
        this.allowedSources = Set.copyOf(allowedSources);
    }

    /** A form body Jetty cannot parse (invalid UTF-8, say) is the client's mistake: 400, not Fuseki's 500. */
    @Override
    public void validate(HttpAction action) {
        try {
            super.validate(action);
        } catch (BadMessageException e) {
            ServletOps.error(e.getCode(), "the request body cannot be read as a form (is it UTF-8?)");
        }
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        String origin = action.getRequest().getHeader("Origin");
        if (origin != null && !sameOrigin(origin, action)) {
            ServletOps.error(403, "update refused: a request from the web page of " + origin + " (another site)");
        }
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            // the parser's own message, as Fuseki gives it
            super.execute(action, new ByteArrayInputStream(body));
            return;
        }
        for (Update u : request.getOperations()) {
            String refusal = refusal(u);
            if (refusal != null) ServletOps.error(403, "update refused: " + refusal);
        }
        super.execute(action, new ByteArrayInputStream(body));
    }

    /** Why this operation may not run, or null. */
    String refusal(Update u) {
        List<Node> targets = new ArrayList<>();
        if (u instanceof UpdateData d) {
            for (Quad q : d.getQuads()) targets.add(q.getGraph());
        } else if (u instanceof UpdateDeleteWhere d) {
            for (Quad q : d.getQuads()) targets.add(q.getGraph());
        } else if (u instanceof UpdateModify m) {
            Node with = m.getWithIRI();
            for (Quad q : m.getDeleteQuads()) targets.add(q.isDefaultGraph() && with != null ? with : q.getGraph());
            for (Quad q : m.getInsertQuads()) targets.add(q.isDefaultGraph() && with != null ? with : q.getGraph());
        } else if (u instanceof UpdateDropClear d) {
            if (d.isAll() || d.isAllNamed()) return "it would drop or clear every graph, the articles' among them";
            if (d.isOneGraph()) targets.add(d.getGraph());
        } else if (u instanceof UpdateCreate c) {
            targets.add(c.getGraph());
        } else if (u instanceof UpdateBinaryOp b) {
            targets.add(graph(b.getDest()));
            if (b instanceof UpdateMove) targets.add(graph(b.getSrc()));
        } else if (u instanceof UpdateLoad l) {
            String source = l.getSource();
            if (!allowedSources.contains(source)) {
                return "LOAD <" + source + "> is not allowed on this server (serve --allow-service URL allows a source)";
            }
            targets.add(l.getDest());
        }
        for (Node g : targets) {
            if (g == null || Quad.isDefaultGraph(g)) continue;
            if (!g.isURI()) return "a graph named by a variable may be an article graph";
            if (g.getURI().startsWith(articleGraphs) || g.getURI().equals(positionsGraph)) {
                return "<" + g.getURI() + "> is derived data or an article graph; use 'standpoint load' or "
                        + "'standpoint remove' so what depends on it follows";
            }
        }
        return null;
    }

    private static Node graph(Target t) {
        return t.isOneNamedGraph() ? t.getGraph() : null;
    }

    private static boolean sameOrigin(String origin, HttpAction action) {
        String host = action.getRequest().getHeader("Host");
        try {
            URI o = URI.create(origin);
            return host != null && o.getHost() != null
                    && (o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort())).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
