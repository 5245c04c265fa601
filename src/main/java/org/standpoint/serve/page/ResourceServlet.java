package org.standpoint.serve.page;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

/**
 * {@code /id/*}: every resource of the store as a page or as RDF. Picks the representation, finds what kind of thing
 * the IRI names, and hands it to that kind's page; an IRI the store says nothing about is a 404.
 */
final class ResourceServlet extends HttpServlet {
    private final transient LocalPaths paths;
    private final transient Sparql sparql;
    private final transient Iris iris;
    private final transient Positions positions;
    private final transient Standings standings;
    private final transient Roles roles;
    private final transient Mentions mentions;
    private final transient Attributions attributions;
    private final transient Describer describer;

    ResourceServlet(LocalPaths paths, Sparql sparql) {
        this.paths = paths;
        this.sparql = sparql;
        this.iris = new Iris(paths.base());
        this.positions = new Positions(sparql);
        this.standings = new Standings(sparql);
        this.roles = new Roles(sparql);
        this.mentions = new Mentions(sparql);
        this.attributions = new Attributions(sparql);
        this.describer = new Describer(sparql);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> iri = paths.iri(req.getRequestURI());
        if (iri.isEmpty()) {
            // {base} itself: the collection of everything, which is what the browse page lists.
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", LocalPaths.BROWSE);
            return;
        }
        Representation rep = Representation.choose(req.getHeader("Accept"), req.getParameter("format"));
        resp.setHeader("Vary", "Accept");
        try {
            Optional<Subject> subject = Subject.load(sparql, iri.get());
            if (subject.isEmpty()) {
                notFound(resp, iri.get());
                return;
            }
            if (rep == Representation.HTML) html(resp, 200, page(subject.get()));
            else rdf(resp, rep, iri.get());
        } catch (QueryCancelledException timeout) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The page took too long to build");
        }
    }

    private String page(Subject s) {
        String iri = s.iri();
        if (s.is(SCHEMA.NewsArticle)) return new ArticlePage(paths).render(s, attributions.of(iri), positions.inArticle(iri));
        if (s.is(STP.Statement)) {
            List<Position> one = positions.statement(iri);
            if (!one.isEmpty()) return new StatementPage(paths).render(iri, one.get(0));
        }
        if (isIssue(s)) {
            Map<Stance, List<Standing>> byStance = new EnumMap<>(Stance.class);
            for (Stance stance : Stance.values()) byStance.put(stance, standings.onIssue(iri, stance));
            return new IssuePage(paths).render(s, byStance);
        }
        if (s.is(STP.Position)) {
            List<Standing> one = standings.one(iri);
            if (!one.isEmpty()) return new PositionPage(paths).render(one.get(0), positions.ofPosition(one.get(0)));
        }
        if (s.is(FOAF.Agent) || s.is(SCHEMA.CreativeWork)) {
            List<Roles.Member> members = s.is(ORG.Organization) ? roles.members(iri) : List.of();
            return new ActorPage(paths).render(s, roles.of(iri), members, mentions.of(iri), standings.heldBy(iri),
                    standings.countHeldBy(iri),
                    positions.ofActorPage(iri), standings.voicedBy(iri), positions.voicedOnActorPage(iri));
        }
        return new GenericPage(paths).render(s);
    }

    private boolean isIssue(Subject s) {
        return s.refs(SKOS.inScheme).stream().anyMatch(r -> r.iri().equals(iris.issueScheme()));
    }

    private void rdf(HttpServletResponse resp, Representation rep, String iri) throws IOException {
        resp.setStatus(200);
        resp.setContentType(rep.mediaType + (rep == Representation.JSONLD ? "" : "; charset=utf-8"));
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, describer.describe(iri), rep.lang);
        }
    }

    private void notFound(HttpServletResponse resp, String iri) throws IOException {
        html(resp, 404, Templates.render("not-found", Map.of("iri", iri)));
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
