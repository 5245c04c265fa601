package org.standpoint.cli;

import org.standpoint.query.SavedQuery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.STP;
import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

/** The seed's IRIs dereferenced on the real server, as a browser and as an RDF client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    private static final String HARRIS = "/id/person/lord-harris";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Store store;
    private StandpointServer server;

    @BeforeAll
    void start() {
        store = Store.open(Seed.database());
        server = StandpointServer.create().store(store).port(0)
                .examples(SavedQuery.bundled()).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void actorPageShowsHisQuoteMarkedInItsParagraphWithLinks() throws Exception {
        HttpResponse<String> r = get(HARRIS, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body());
        assertEquals("Lord Harris", page.selectFirst("h1").text());
        Element fear = page.select("blockquote mark").stream().filter(m -> m.text().contains(Seed.HARRIS_QUOTE))
                .findFirst().orElseThrow(() -> new AssertionError(r.body()));
        // the paragraph around the mark: the cue sentence follows the quote
        assertTrue(fear.parent().text().contains("he told the House of Lords"), fear.parent().text());
        // the capacity, read from the statement's own article graph
        String meta = fear.closest("blockquote").select(".meta").text();
        assertTrue(meta.contains("as peer, House of Lords"), meta);
        assertTrue(page.select("blockquote a[href^=/id/article/]").size() >= 2, "links to the article");
        assertFalse(page.select("a[href*=wikidata.org]").isEmpty());
        assertFalse(page.select("a[href*=dbpedia.org]").isEmpty());
        assertTrue(page.text().contains("peer"), "roles");
        assertTrue(page.select(".badge.oppose").text().contains("opposes"), "grouped by stance");
        assertTrue(page.select("script").isEmpty(), "no script needed");
    }

    @Test
    void organisationPageListsItsMembersAndActorPagesTheirArticles() throws Exception {
        Document met = Jsoup.parse(get("/id/org/metropolitan-police", "text/html").body());
        assertFalse(met.text().contains("No role stated"), met.text());
        List<String> members = met.select("h2:containsOwn(Members) + table tr").stream().skip(1)
                .map(tr -> tr.child(0).text() + "|" + tr.child(1).text()).toList();
        assertEquals(Set.of("Cressida Dick|commissioner", "Stephen House|assistant commissioner"), Set.copyOf(members));
        assertEquals("/id/person/cressida-dick",
                met.select("h2:containsOwn(Members) + table a:containsOwn(Cressida Dick)").attr("href"));

        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        List<String> articles = harris.select("h2:containsOwn(Articles) + ul li a").eachText();
        assertEquals(List.of("Is The Met Police Really Going To Introduce Armed Patrols?"), articles);
    }

    @Test
    void aDocumentHasNoKnowledgeBaseSearch() throws Exception {
        Document memo = Jsoup.parse(get("/id/document/" + articleKey() + "-a-memo", "text/html").body());
        assertEquals("Document", memo.select("p.sub").text());
        assertTrue(memo.select("a[href*=wikidata.org], a[href*=dbpedia.org]").isEmpty(), memo.html());
    }

    private String articleKey() throws Exception {
        String href = Jsoup.parse(get(HARRIS, "text/html").body()).select("h2:containsOwn(Articles) + ul li a").attr("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    @Test
    void descriptionsAreNotShownAsNames() throws Exception {
        Document duvall = Jsoup.parse(get("/id/person/len-duvall", "text/html").body());
        assertEquals("Described as: The former chair of the Met Police Authority",
                duvall.select("p:has(b:containsOwn(Described as))").text());
        assertTrue(duvall.select("p:has(b:containsOwn(Also written as))").isEmpty(), duvall.text());
        Document met = Jsoup.parse(get("/id/org/metropolitan-police", "text/html").body());
        assertTrue(met.select("p:has(b:containsOwn(Also written as))").text().contains("Met"), met.text());
        // "The force" and "the force" are one description
        assertEquals("Described as: The force", met.select("p:has(b:containsOwn(Described as))").text());
    }

    @Test
    void articlePageListsEachStatementWithItsWords() throws Exception {
        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        String articlePath = harris.select("h2:containsOwn(Articles) + ul li a").attr("href");
        Document article = Jsoup.parse(get(articlePath, "text/html").body());
        Element item = article.select("h2:containsOwn(Statements) + ol > li").stream()
                .filter(li -> li.select("span.said").text().contains(Seed.HARRIS_QUOTE)).findFirst()
                .orElseThrow(() -> new AssertionError(article.select("ol").outerHtml()));
        assertTrue(item.text().startsWith("Lord Harris opposes"), item.text());
        List<String> words = article.select("h2:containsOwn(Statements) + ol > li span.said").eachText();
        assertEquals(words.size(), Set.copyOf(words).size(), "no two statements read the same: " + words);
    }

    @Test
    void turtleJsonLdAndRdfXmlDescribeTheSameResource() throws Exception {
        Model ttl = parse(get(HARRIS, "text/turtle"), Lang.TURTLE, "text/turtle");
        Model json = parse(get(HARRIS, "application/ld+json"), Lang.JSONLD, "application/ld+json");
        Model xml = parse(get(HARRIS, "application/rdf+xml"), Lang.RDFXML, "application/rdf+xml");
        String iri = store.base() + "person/lord-harris";
        assertEquals("Lord Harris", ttl.getResource(iri).getProperty(RDFS.label).getString());
        assertTrue(ttl.isIsomorphicWith(json));
        assertTrue(ttl.isIsomorphicWith(xml));
    }

    @Test
    void statementDescriptionCarriesItsSpans() throws Exception {
        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        String statementPath = harris.select("blockquote a:matchesOwn(^statement$)").first().attr("href");
        Model m = parse(get(statementPath, "text/turtle"), Lang.TURTLE, "text/turtle");
        Resource statement = m.getResource(store.base() + statementPath.substring("/id/".length()));
        Resource content = statement.getPropertyResourceValue(STP.contentSpan);
        assertTrue(content.hasProperty(NIF.beginIndex) && content.hasProperty(NIF.anchorOf), m.toString());
    }

    @Test
    void issuePageHasTheNetworkColouredByStance() throws Exception {
        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        String issuePath = harris.select("h3 a[href^=/id/issue/]").first().attr("href");
        Document issue = Jsoup.parse(get(issuePath, "text/html").body());
        assertFalse(issue.select("svg path.edge.oppose").isEmpty(), "an oppose edge");
        assertFalse(issue.select("svg a[href=" + HARRIS + "]").isEmpty(), "Harris is a node linking to his page");
        assertTrue(issue.select("h2#oppose").text().startsWith("Opposes"));
        assertTrue(issue.select("table").text().contains("Lord Harris"));
        // the issue's name sits in the centre circle, not above it where the top holder's name is
        assertEquals("armed patrols", issue.select("svg text.issue").text());
        assertEquals(List.of(), issue.select("svg > text[y=18]").eachText());
        assertFalse(issue.select("table td.date").isEmpty(), "dates do not wrap");
    }

    @Test
    void positionPageShowsTheEvidenceThePositionEvidenceQueryChooses() throws Exception {
        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        Element count = harris.select("a[href$=/armed-patrols/oppose]").stream().findFirst()
                .orElseThrow(() -> new AssertionError(harris.html()));
        Document position = Jsoup.parse(get(count.attr("href"), "text/html").body());
        assertEquals("Lord Harris opposes — armed patrols", position.selectFirst("h1").text());
        List<String> quotes = position.select("blockquote.oppose mark").eachText();
        assertTrue(quotes.stream().anyMatch(q -> q.contains(Seed.HARRIS_QUOTE)), quotes::toString);
        assertTrue(position.select("blockquote a[href^=/id/article/]").size() >= 1, "each statement links its article");
    }

    @Test
    void articlePageMarksTheAttributedSpans() throws Exception {
        Document harris = Jsoup.parse(get(HARRIS, "text/html").body());
        String context = harris.select("a:contains(in context)").first().attr("href");
        assertTrue(context.matches("/id/article/[0-9a-f]+#offset_\\d+_\\d+"), context);
        Document article = Jsoup.parse(get(context.substring(0, context.indexOf('#')), "text/html").body());
        assertFalse(article.select(".text span[id=" + context.substring(context.indexOf('#') + 1) + "]").isEmpty());
        assertTrue(article.select(".text mark.oppose").text().contains(Seed.HARRIS_QUOTE));
        assertFalse(article.select(".text .cue").isEmpty());
    }

    @Test
    void unknownIrisAre404AndEscaped() throws Exception {
        assertEquals(404, get("/id/person/nobody-at-all", "text/html").statusCode());
        assertEquals(404, get("/id/person/nobody-at-all", "text/turtle").statusCode());
        HttpResponse<String> evil = get("/id/x%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
        assertEquals(404, evil.statusCode());
        assertFalse(evil.body().contains("<script>"), evil.body());
    }

    @Test
    void browsePageListsSavedQueriesIntoTheEditorAndTheActors() throws Exception {
        HttpResponse<String> base = get("/id/", "text/html");
        assertEquals(303, base.statusCode());
        Document browse = Jsoup.parse(get("/browse", "text/html").body());
        Element query = browse.selectFirst("a.saved-query[data-name=who-opposes]");
        assertTrue(query.attr("href").startsWith("/#/dataset/standpoint/query?query="), query.attr("href"));
        assertTrue(browse.select("a[href=" + HARRIS + "]").text().contains("Lord Harris"));
        // a search box first, then issues and actors; the saved queries (for SPARQL users) last
        List<String> sections = browse.select("main > form.search, main > h2").stream()
                .map(e -> e.tagName().equals("form") ? "search" : e.text()).toList();
        assertEquals(List.of("search", "Most discussed issues", "Who speaks most", "Latest articles", "Saved queries"), sections);
    }

    @Test
    void theSearchBoxFindsActorsAndIssuesByTheStartOfTheirNames() throws Exception {
        Document found = Jsoup.parse(get("/browse?q=lord+harr", "text/html").body());
        assertEquals(List.of("Lord Harris person"), found.select("ul.found li").eachText());
        assertEquals(HARRIS, found.select("ul.found li a").attr("href"));
        assertEquals("lord harr", found.select("form.search input[name=q]").val());
        // an alias finds its actor; an issue is found by its label
        assertTrue(found(get("/browse?q=met", "text/html")).contains("Metropolitan Police organisation"));
        assertTrue(found(get("/browse?q=Armed", "text/html")).stream().anyMatch(t -> t.endsWith(" issue")));
        // Lucene and SPARQL syntax typed into the box is searched for as words, not run
        for (String typed : List.of("harris\" } DROP ALL #", "title:* OR *:*", "AND", "\")", "")) {
            HttpResponse<String> r = get("/browse?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8), "text/html");
            assertEquals(200, r.statusCode(), typed);
        }
        assertEquals(List.of(), found(get("/browse?q=AND", "text/html")));
        // every other page carries the box in its header
        assertEquals("/browse", Jsoup.parse(get(HARRIS, "text/html").body()).select("header form.search").attr("action"));
    }

    private static List<String> found(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body()).select("ul.found li").eachText();
    }

    @Test
    void theUiCarriesTheBarAndTheSavedQueries() throws Exception {
        String ui = get("/", "text/html").body();
        assertTrue(ui.contains("<div id=\"app\">"), ui);
        assertTrue(ui.contains("id=\"standpoint-bar\"") && ui.contains("Who opposes an issue"), ui);
        Document index = Jsoup.parse(ui);
        String chunk = index.select("script[src]").attr("src");
        assertTrue(chunk.startsWith("./static/index-"), chunk);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
        return client.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(HttpResponse<String> r, Lang lang, String type) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }
}
