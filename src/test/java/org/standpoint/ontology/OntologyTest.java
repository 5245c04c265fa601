package org.standpoint.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.PROV;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

/**
 * The ontology, the SHACL shapes and the saved queries against a small graph built by hand exactly as
 * {@code docs/data-model.md} describes: one article graph, the registry graph and the vocab graph, queried through the
 * union default graph as Fuseki/TDB2 serves them.
 */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology");
    static final Path QUERIES = Path.of("queries");
    static final String BASE = "https://w3id.org/standpoint/id/";
    static final String SH = "http://www.w3.org/ns/shacl#";

    static final String URL = "https://example.org/news/met-police-armed-patrols";
    static final String HEADLINE = "Is The Met Police Really Going To Introduce Armed Patrols?";
    /**
     * Sentences of the seed article. The police-car emoji (U+1F693, outside the BMP: two UTF-16 units, one code
     * point) makes every later code-point offset differ from Java's String index by one.
     */
    static final String TEXT = String.join("\n",
            HEADLINE + " \uD83D\uDE93",
            "",
            "Labour mayor Sadiq Khan was urged to step in.",
            "",
            "Khan\u2019s office later said in a statement: \u201cThe mayor is crystal clear that armed officers on"
                    + " London\u2019s streets must be the exception and cannot become the norm.\u201d",
            "",
            "Labour peer Lord Harris said the move would be seen as \u201cprovocative\u201d.",
            "",
            "\u201cIt will inspire fear rather than reassurance, it will hinder community confidence and do little"
                    + " in itself to reduce the number of violent incidents,\u201d he told the House of Lords.",
            "",
            "The force has denied the move would become routine.");
    static final String HARRIS_QUOTE = "It will inspire fear rather than reassurance, it will hinder community"
            + " confidence and do little in itself to reduce the number of violent incidents";
    static final String KHAN_QUOTE = "The mayor is crystal clear that armed officers on London\u2019s streets must be"
            + " the exception and cannot become the norm.";
    static final String MET_CLAUSE = "the move would become routine";

    static final String KEY = sha1(URL).substring(0, 12);
    static final String ARTICLE = BASE + "article/" + KEY;
    static final String G_ARTICLE = BASE + "graph/article/" + KEY;
    static final String G_REGISTRY = BASE + "graph/registry";
    static final String G_VOCAB = BASE + "graph/vocab";

    static final Property SKOS_ALT = SKOS.altLabel;

    static Model vocab;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        vocab = ModelFactory.createDefaultModel();
        RDFDataMgr.read(vocab, ONTOLOGY.resolve("standpoint.ttl").toString());
        RDFDataMgr.read(vocab, ONTOLOGY.resolve("stance-scheme.ttl").toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(ONTOLOGY.resolve("shapes.ttl").toString()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Files parse; the ontology declares every term the code uses
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void everyOntologyFileParses() throws IOException {
        List<Path> files = list(ONTOLOGY, ".ttl");
        assertTrue(files.size() >= 3, "ontology/*.ttl: " + files);
        for (Path file : files) {
            Model m = RDFDataMgr.loadModel(file.toString());
            assertFalse(m.isEmpty(), file + " is empty");
        }
    }

    @Test
    void ontologyHeader() {
        Resource ont = vocab.getResource("https://w3id.org/standpoint/ns");
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(ont.hasProperty(OWL.versionInfo));
        assertTrue(ont.hasProperty(vocab.createProperty("http://purl.org/dc/terms/license"),
                vocab.createResource("https://spdx.org/licenses/GPL-3.0-or-later")));
    }

    /** Every constant of STP.java is defined: classes and properties with label, comment; values in their scheme. */
    @Test
    void ontologyDeclaresEveryTermOfStpJava() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : STP.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r)) continue;
            Resource term = vocab.getResource(r.getURI());
            boolean ok;
            if (term.hasProperty(RDF.type, OWL.Class) || term.hasProperty(RDF.type, OWL.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
                ok = term.hasProperty(RDFS.label) && term.hasProperty(RDFS.comment)
                        && (term.hasProperty(RDF.type, OWL.Class) || term.hasProperty(RDFS.domain));
            } else if (term.hasProperty(RDF.type, SKOS.ConceptScheme)) {
                ok = term.hasProperty(SKOS.prefLabel);
            } else {
                ok = term.hasProperty(RDF.type, SKOS.Concept) && term.hasProperty(SKOS.prefLabel)
                        && term.hasProperty(SKOS.notation) && term.hasProperty(SKOS.inScheme);
            }
            if (!ok) missing.add(f.getName());
        }
        assertEquals(List.of(), missing, "STP.java terms not (fully) defined in ontology/");
        Resource statement = vocab.getResource(STP.Statement.getURI());
        assertTrue(statement.hasProperty(RDFS.subClassOf, PROV.Entity));
        Resource wasAttributedTo = vocab.getResource(PROV.NS + "wasAttributedTo");
        assertTrue(vocab.getResource(STP.speaker.getURI()).hasProperty(RDFS.subPropertyOf, wasAttributedTo));
        assertTrue(vocab.getResource(STP.holder.getURI()).hasProperty(RDFS.subPropertyOf, wasAttributedTo));
        for (Resource stance : List.of(STP.support, STP.oppose, STP.conditional, STP.neutral)) {
            assertTrue(vocab.getResource(stance.getURI()).hasProperty(SKOS.inScheme, STP.StanceScheme));
        }
        assertEquals(new BigDecimal("0.5"),
                vocab.getResource(STP.conditional.getURI()).getProperty(stp("polarity")).getLiteral().getValue());
    }

    /** Every stp: term that a query or a shape mentions is defined by the ontology or the schemes. */
    @Test
    void queriesAndShapesUseOnlyDefinedStpTerms() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern stpTerm = Pattern.compile("\\bstp:([A-Za-z][A-Za-z0-9_]*)");
        List<Path> files = new ArrayList<>(list(QUERIES, ".rq"));
        files.add(ONTOLOGY.resolve("shapes.ttl"));
        for (Path file : files) {
            Matcher m = stpTerm.matcher(Files.readString(file));
            while (m.find()) used.add(m.group(1));
        }
        Set<String> undefined = used.stream()
                .filter(t -> !vocab.contains(vocab.getResource(STP.NS + t), RDF.type))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undefined);
    }

    /** Every saved query parses, has the header block, and names its parameters in it. */
    @Test
    void everyQueryParsesAndHasItsHeader() throws IOException {
        List<Path> files = list(QUERIES, ".rq");
        assertTrue(files.size() >= 10, "queries/*.rq: " + files);
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.rq"), "kebab-case: " + name);
            String text = Files.readString(file);
            try {
                QueryFactory.create(text);
            } catch (RuntimeException e) {
                fail(name + ": " + e.getMessage());
            }
            List<String> lines = text.lines().toList();
            assertTrue(lines.get(0).startsWith("# title: "), name + ": first line is '# title: ...'");
            assertTrue(lines.get(1).startsWith("# answers: "), name + ": second line is '# answers: ...'");
            List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.stream().anyMatch(l -> l.startsWith("# parameters:")), name + ": '# parameters:'");
            for (String param : params(text)) {
                assertTrue(header.stream().anyMatch(l -> l.matches("#\\s+" + Pattern.quote(param) + "\\s.*")),
                        name + ": parameter " + param + " is described in the header");
            }
        }
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (String required : List.of("who-opposes.rq", "who-supports.rq", "actor-positions.rq",
                "institution-statements.rq", "person-roles.rq", "institution-disagreements.rq",
                "actor-timeline.rq", "find-actor.rq", "organisations-speaking.rq", "all-statements.rq",
                "issue-balance.rq")) {
            assertTrue(names.contains(required), required);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // SHACL
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void handBuiltGraphConforms() {
        Dataset ds = dataset(example());
        ValidationReport report = validate(ds);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "the data-model example conforms to shapes.ttl");
    }

    @Test
    void codePointOffsetsDifferFromUtf16Indexes() {
        int utf16 = TEXT.indexOf(HARRIS_QUOTE);
        Sp harris = span("\u201cIt will", HARRIS_QUOTE);
        assertEquals(utf16 - 1, harris.b(), "one non-BMP character before the quote");
        assertEquals(HARRIS_QUOTE.length(), harris.e() - harris.b());
    }

    /** Missing speaker; a span whose offsets were taken from Java's UTF-16 indexes instead of code points. */
    @Test
    void brokenGraphReportsTheSpecificViolations() {
        Example ex = example();
        Resource harrisStatement = ex.article.getResource(ex.harrisStatement);
        ex.article.removeAll(harrisStatement, STP.speaker, null);
        // The Met clause as a buggy mapper writes it: UTF-16 indexes, IRI minted from them (consistent but wrong).
        int b = TEXT.indexOf(MET_CLAUSE);
        Resource wrong = spanResource(ex.article, new Sp(b, b + MET_CLAUSE.length(), MET_CLAUSE));
        Resource metStatement = ex.article.getResource(ex.metStatement);
        Resource right = metStatement.getPropertyResourceValue(STP.contentSpan);
        metStatement.removeAll(STP.contentSpan).addProperty(STP.contentSpan, wrong);
        ex.article.removeAll(right, null, null);

        Dataset ds = dataset(ex);
        ValidationReport report = validate(ds);
        assertFalse(report.conforms());
        Set<String> found = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() instanceof P_Link link ? link.getNode().getLocalName() : "-";
            found.add(e.focusNode().getURI() + " " + path + " " + e.sourceConstraintComponent().getLocalName());
        }
        assertEquals(new TreeSet<>(Set.of(
                ex.harrisStatement + " speaker MinCountConstraintComponent",
                wrong.getURI() + " anchorOf SPARQLConstraintComponent")), found, report.toString());
        ReportEntry anchor = report.getEntries().stream()
                .filter(e -> e.focusNode().getURI().equals(wrong.getURI())).findFirst().orElseThrow();
        assertTrue(anchor.message().contains("SUBSTR"), anchor.message());

        // the same span is what span-check.rq reports
        List<Map<String, String>> rows = run(ds, "span-check.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(wrong.getURI(), rows.get(0).get("span"));
        assertEquals("he move would become routine.", rows.get(0).get("actual"));
    }

    @Test
    void confidenceTypeAndRangeAndQuotationTyping() {
        Example ex = example();
        Resource harris = ex.article.getResource(ex.harrisStatement);
        harris.removeAll(STP.confidence).addLiteral(STP.confidence, 0.9d); // xsd:double, as a careless mapper writes
        Resource met = ex.article.getResource(ex.metStatement);
        met.removeAll(STP.confidence).addProperty(STP.confidence, ex.article.createTypedLiteral("1.5",
                XSDDatatype.XSDdecimal));
        Resource khan = ex.article.getResource(ex.khanStatement);
        ex.article.remove(khan, RDF.type, SCHEMA.Quotation); // direct but not a schema:Quotation
        ValidationReport report = validate(dataset(ex));
        Set<String> found = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            found.add(e.focusNode().getURI() + " " + e.sourceConstraintComponent().getLocalName());
        }
        assertEquals(new TreeSet<>(Set.of(
                ex.harrisStatement + " DatatypeConstraintComponent",
                ex.metStatement + " MaxInclusiveConstraintComponent",
                ex.khanStatement + " SPARQLConstraintComponent")), found, report.toString());
    }

    @Test
    void stanceMustComeFromTheVocabGraph() {
        Example ex = example();
        // a stance that is a skos:Concept but not in stp:StanceScheme (an issue concept)
        Resource met = ex.article.getResource(ex.metStatement);
        met.removeAll(STP.stance).addProperty(STP.stance, ex.article.createResource(BASE + "issue/armed-foot-patrols"));
        ValidationReport report = validate(dataset(ex));
        assertEquals(1, report.getEntries().size(), report.toString());
        ReportEntry e = report.getEntries().iterator().next();
        assertEquals(ex.metStatement, e.focusNode().getURI());
        assertEquals("NodeConstraintComponent", e.sourceConstraintComponent().getLocalName());
    }

    /** Validated without the vocab graph, the stance and reporting-mode values are unknown: the union is needed. */
    @Test
    void validationNeedsTheVocabGraph() {
        Example ex = example();
        Dataset ds = unionDataset();
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(G_ARTICLE, ex.article());
            ds.addNamedModel(G_REGISTRY, ex.registry());
        });
        ValidationReport report = validate(ds);
        Set<String> paths = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.resultPath() instanceof P_Link link) paths.add(link.getNode().getLocalName());
        }
        assertTrue(paths.containsAll(Set.of("stance", "reportingMode")), paths.toString());
    }

    @Test
    void beginAfterEndIsReported() {
        Example ex = example();
        Resource met = ex.article.getResource(ex.metStatement);
        Resource bad = spanResource(ex.article, new Sp(20, 10, "x"));
        met.removeAll(STP.cueSpan).addProperty(STP.cueSpan, bad);
        ValidationReport report = validate(dataset(ex));
        assertEquals(1, report.getEntries().size(), report.toString());
        ReportEntry e = report.getEntries().iterator().next();
        assertEquals(bad.getURI(), e.focusNode().getURI());
        assertEquals("LessThanOrEqualsConstraintComponent", e.sourceConstraintComponent().getLocalName());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Saved queries
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void whoOpposes() {
        List<Map<String, String>> rows = run(dataset(example()), "who-opposes.rq", Map.of());
        assertEquals(Set.of("Toby Harris", "Metropolitan Police"), column(rows, "holderLabel"));
        Map<String, String> harris = row(rows, "holderLabel", "Toby Harris");
        assertEquals(HARRIS_QUOTE, harris.get("text"));
        assertEquals("direct", harris.get("mode"));
        assertEquals("armed foot patrols", harris.get("issueLabel"));
        assertEquals("2018-11", harris.get("date"));
        assertEquals(MET_CLAUSE, row(rows, "holderLabel", "Metropolitan Police").get("text"));
        // narrower issues count for the broader one
        Example ex = example();
        Resource narrower = ex.registry.createResource(BASE + "issue/routine-armed-deployment")
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "routine armed deployment")
                .addProperty(SKOS.inScheme, ex.registry.createResource(BASE + "issue"))
                .addProperty(SKOS.broader, ex.registry.createResource(BASE + "issue/patrols"));
        ex.registry.createResource(BASE + "issue/patrols").addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "police patrols")
                .addProperty(SKOS.inScheme, ex.registry.createResource(BASE + "issue"));
        Resource met = ex.article.getResource(ex.metStatement);
        met.removeAll(STP.issue).addProperty(STP.issue, narrower);
        rows = run(dataset(ex), "who-opposes.rq", Map.of("issueName", "\"police patrols\""));
        assertEquals(Set.of("Metropolitan Police"), column(rows, "holderLabel"));
        assertEquals(Set.of("routine armed deployment"), column(rows, "issueLabel"));
    }

    @Test
    void whoSupports() {
        Dataset ds = dataset(example());
        List<Map<String, String>> rows = run(ds, "who-supports.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Sadiq Khan", rows.get(0).get("holderLabel"));
        assertEquals("Sadiq Khan's office", rows.get(0).get("speakerLabel"));
        assertEquals("conditional", rows.get(0).get("stanceLabel"));
        assertEquals(KHAN_QUOTE, rows.get(0).get("text"));
        assertEquals(List.of(), run(ds, "who-supports.rq", Map.of("stance", "stp:support")));
    }

    @Test
    void actorPositions() {
        Dataset ds = dataset(example());
        List<Map<String, String>> rows = run(ds, "actor-positions.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("Toby Harris", r.get("actorLabel"));
        assertEquals("holder and speaker", r.get("as"));
        assertEquals("oppose", r.get("stanceLabel"));
        assertEquals(HARRIS_QUOTE, r.get("text"));
        assertEquals("he", r.get("source"));
        assertEquals("told", r.get("cue"));
        assertEquals("0.9", r.get("confidence"));
        // "Khan" finds the person (holder) and his office (speaker), each once
        rows = run(ds, "actor-positions.rq", Map.of("name", "\"Khan\""));
        assertEquals(Set.of("Sadiq Khan|holder", "Sadiq Khan's office|speaker"),
                rows.stream().map(x -> x.get("actorLabel") + "|" + x.get("as")).collect(Collectors.toSet()));
        assertEquals(2, rows.size());
    }

    @Test
    void institutionStatements() {
        Dataset ds = dataset(example());
        List<Map<String, String>> rows = run(ds, "institution-statements.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Toby Harris", rows.get(0).get("actorLabel"));
        assertEquals("member", rows.get(0).get("via"));
        assertEquals("peer", rows.get(0).get("roleLabel"));
        assertEquals(HARRIS_QUOTE, rows.get(0).get("text"));
        // the Met speaks as the institution itself
        rows = run(ds, "institution-statements.rq", Map.of("institutionName", "\"the Met\""));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("institution", rows.get(0).get("via"));
        assertEquals(MET_CLAUSE, rows.get(0).get("text"));
    }

    @Test
    void personRoles() {
        List<Map<String, String>> rows = run(dataset(example()), "person-roles.rq", Map.of());
        assertEquals(Set.of("peer", "member"), column(rows, "roleLabel"));
        Map<String, String> peer = row(rows, "roleLabel", "peer");
        assertEquals("Toby Harris", peer.get("personLabel"));
        assertEquals("House of Lords", peer.get("organisationLabel"));
        assertEquals("true", peer.get("current"));
        assertEquals("peer", peer.get("evidence"));
        assertEquals(ARTICLE, peer.get("article"));
        assertEquals("Labour Party", row(rows, "roleLabel", "member").get("organisationLabel"));
        // a role held in no organisation is one row with no organisation, not one row per label in the store
        rows = run(dataset(example()), "person-roles.rq", Map.of("name", "\"Khan\""));
        assertEquals(List.of("Mayor of London|null", "member|Labour Party"),
                rows.stream().map(r -> r.get("roleLabel") + "|" + r.get("organisationLabel")).toList());
        rows = run(dataset(example()), "roles-over-time.rq", Map.of("name", "\"Khan\""));
        assertEquals(List.of("Mayor of London|null|1", "member|Labour Party|1"),
                rows.stream().map(r -> r.get("roleLabel") + "|" + r.get("organisationLabel") + "|" + r.get("articles"))
                        .toList());
    }

    @Test
    void capacityStatementsWithAndWithoutAnOrganisation() {
        Example ex = example();
        ex.article.getResource(ex.khanStatement)
                .addProperty(STP.capacity, ex.article.getResource(BASE + "membership/sadiq-khan--mayor-of-london"));
        Dataset ds = dataset(ex);
        List<Map<String, String>> rows = run(ds, "capacity-statements.rq", Map.of("roleName", "\"mayor\""));
        assertEquals(List.of("Mayor of London|null|Sadiq Khan's office|" + KHAN_QUOTE),
                rows.stream().map(r -> r.get("roleLabel") + "|" + r.get("organisationLabel") + "|"
                        + r.get("speakerLabel") + "|" + r.get("text")).toList());
        // naming an organisation leaves out the roles held in none
        assertEquals(List.of(), run(ds, "capacity-statements.rq",
                Map.of("roleName", "\"mayor\"", "organisationName", "\"Labour\"")));
        rows = run(ds, "capacity-statements.rq", Map.of("roleName", "\"peer\"", "organisationName", "\"Lords\""));
        assertEquals(List.of("peer|House of Lords|" + HARRIS_QUOTE),
                rows.stream().map(r -> r.get("roleLabel") + "|" + r.get("organisationLabel") + "|" + r.get("text"))
                        .toList());
    }

    @Test
    void institutionDisagreements() {
        Dataset ds = dataset(example());
        List<Map<String, String>> rows = run(ds, "institution-disagreements.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("Labour Party", r.get("institutionLabel"));
        assertEquals("armed foot patrols", r.get("issueLabel"));
        assertEquals(Set.of("Sadiq Khan:conditional", "Toby Harris:oppose"),
                Set.of(r.get("aLabel") + ":" + r.get("aStance"), r.get("bLabel") + ":" + r.get("bStance")));
        assertEquals(List.of(), run(ds, "institution-disagreements.rq", Map.of("institutionName", "\"Lords\"")));
    }

    @Test
    void actorTimeline() {
        Example ex = example();
        // a second, later article in its own graph where Lord Harris is neutral
        Model later = ModelFactory.createDefaultModel();
        String key2 = sha1(URL + "/later").substring(0, 12);
        Resource a2 = later.createResource(BASE + "article/" + key2)
                .addProperty(RDF.type, SCHEMA.NewsArticle).addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, "Lord Harris said the review is under way.")
                .addProperty(SCHEMA.datePublished, later.createTypedLiteral("2019", XSDDatatype.XSDgYear));
        Resource sp = later.createResource(a2.getURI() + "#offset_17_40");
        later.createResource(BASE + "statement/" + key2 + "-17-40")
                .addProperty(RDF.type, STP.Statement)
                .addProperty(STP.holder, later.createResource(BASE + "person/toby-harris"))
                .addProperty(STP.speaker, later.createResource(BASE + "person/toby-harris"))
                .addProperty(STP.stance, STP.neutral)
                .addProperty(STP.issue, later.createResource(BASE + "issue/armed-foot-patrols"))
                .addProperty(STP.contentSpan, sp)
                .addProperty(PROV.wasDerivedFrom, a2);
        sp.addProperty(NIF.anchorOf, "the review is under way").addProperty(NIF.referenceContext, a2)
                .addProperty(NIF.beginIndex, later.createTypedLiteral("17", XSDDatatype.XSDnonNegativeInteger));
        Dataset ds = dataset(ex);
        Txn.executeWrite(ds, () -> ds.addNamedModel(BASE + "graph/article/" + key2, later));
        List<Map<String, String>> rows = run(ds, "actor-timeline.rq", Map.of());
        assertEquals(List.of("2018-11|oppose", "2019|neutral"),
                rows.stream().map(r -> r.get("date") + "|" + r.get("stanceLabel")).toList());
        assertEquals(HEADLINE, rows.get(0).get("headline"));
    }

    @Test
    void organisationsSpeaking() {
        List<Map<String, String>> rows = run(dataset(example()), "organisations-speaking.rq", Map.of());
        assertEquals(Set.of("Metropolitan Police|organisation|Metropolitan Police|oppose",
                        "Sadiq Khan's office|office|Sadiq Khan|conditional"),
                rows.stream().map(r -> r.get("orgLabel") + "|" + r.get("kind") + "|" + r.get("holderLabel") + "|"
                        + r.get("stanceLabel")).collect(Collectors.toSet()));
    }

    @Test
    void allStatements() {
        List<Map<String, String>> rows = run(dataset(example()), "all-statements.rq", Map.of());
        assertEquals(List.of("Sadiq Khan's office|said|conditional", "Toby Harris|told|oppose",
                        "Metropolitan Police|denied|oppose"),
                rows.stream().map(r -> r.get("speakerLabel") + "|" + r.get("cue") + "|" + r.get("stanceLabel"))
                        .toList());
        assertEquals(Set.of("armed foot patrols"), column(rows, "issues"));
    }

    @Test
    void issueBalance() {
        List<Map<String, String>> rows = run(dataset(example()), "issue-balance.rq", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("armed foot patrols", r.get("issueLabel"));
        assertEquals("3", r.get("statements"));
        assertEquals("3", r.get("holders"));
        assertEquals("0", r.get("support"));
        assertEquals("1", r.get("conditional"));
        assertEquals("2", r.get("oppose"));
        assertEquals(0, new BigDecimal("-0.5").compareTo(new BigDecimal(r.get("balance"))), r.get("balance"));
    }

    @Test
    void spanCheckIsEmptyForCorrectOffsets() {
        assertEquals(List.of(), run(dataset(example()), "span-check.rq", Map.of()));
    }

    /** find-actor.rq over an in-memory jena-text index of rdfs:label and skos:altLabel. */
    @Test
    void findActorWithJenaText() {
        EntityDefinition entities = new EntityDefinition("uri", "label", RDFS.label.asNode());
        entities.set("altLabel", SKOS.altLabel.asNode());
        Dataset base = unionDataset();
        Dataset ds = TextDatasetFactory.createLucene(base, new ByteBuffersDirectory(), new TextIndexConfig(entities));
        fill(ds, example());
        List<Map<String, String>> rows = run(ds, "find-actor.rq", Map.of());
        assertEquals(Set.of("Toby Harris"), column(rows, "label"));
        assertEquals("person", rows.get(0).get("kind"));
        assertEquals("Lord Harris", rows.get(0).get("aliases"));
        // an alias only: "the Met" is an altLabel of the Metropolitan Police
        rows = run(ds, "find-actor.rq", Map.of("name", "\"met\""));
        assertEquals(Set.of("Metropolitan Police"), column(rows, "label"));
        // StandardAnalyzer keeps "khan's" as one token: a prefix query finds the office too
        rows = run(ds, "find-actor.rq", Map.of("name", "\"khan\""));
        assertEquals(Set.of("Sadiq Khan"), column(rows, "label"));
        rows = run(ds, "find-actor.rq", Map.of("name", "\"khan*\""));
        assertEquals(Set.of("Sadiq Khan|person", "Sadiq Khan's office|office"),
                rows.stream().map(r -> r.get("label") + "|" + r.get("kind")).collect(Collectors.toSet()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The example, built by hand after docs/data-model.md
    // ------------------------------------------------------------------------------------------------------------

    record Sp(int b, int e, String anchor) {
    }

    record Example(Model article, Model registry, String harrisStatement, String metStatement, String khanStatement) {
    }

    /** The span of {@code anchor}, searched from where {@code context} starts; offsets in code points. */
    static Sp span(String context, String anchor) {
        int c = TEXT.indexOf(context);
        assertTrue(c >= 0 && TEXT.indexOf(context, c + 1) < 0, "unique context: " + context);
        int i = TEXT.indexOf(anchor, c);
        assertTrue(i >= 0, anchor);
        int b = TEXT.codePointCount(0, i);
        return new Sp(b, b + anchor.codePointCount(0, anchor.length()), anchor);
    }

    static Resource spanResource(Model m, Sp s) {
        return m.createResource(ARTICLE + "#offset_" + s.b() + "_" + s.e())
                .addProperty(RDF.type, NIF.String)
                .addProperty(RDF.type, NIF.OffsetBasedString)
                .addProperty(NIF.beginIndex, m.createTypedLiteral(String.valueOf(s.b()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.endIndex, m.createTypedLiteral(String.valueOf(s.e()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.anchorOf, s.anchor())
                .addProperty(NIF.referenceContext, m.createResource(ARTICLE));
    }

    static Example example() {
        Model reg = ModelFactory.createDefaultModel();
        Model art = ModelFactory.createDefaultModel();

        // registry: actors, roles, issues
        Resource harris = person(reg, "toby-harris", "Toby Harris", "Lord", "Lord Harris");
        Resource khan = person(reg, "sadiq-khan", "Sadiq Khan", null, "Khan", "the mayor");
        Resource met = organisation(reg, "metropolitan-police", "Metropolitan Police", "the Met", "the force");
        Resource lords = organisation(reg, "house-of-lords", "House of Lords");
        Resource labour = organisation(reg, "labour-party", "Labour Party", "Labour");
        Resource publisher = organisation(reg, "huffpost-uk", "HuffPost UK");
        Resource office = organisation(reg, "sadiq-khan-s-office", "Sadiq Khan's office", "Khan\u2019s office")
                .addProperty(RDF.type, STP.Office)
                .addProperty(STP.speaksFor, khan);
        Resource peer = role(reg, "peer", "peer");
        Resource member = role(reg, "member", "member");
        Resource mayor = role(reg, "mayor-of-london", "Mayor of London");
        Resource issue = reg.createResource(BASE + "issue/armed-foot-patrols")
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "armed foot patrols")
                .addProperty(SKOS.inScheme, reg.createResource(BASE + "issue"));

        // article graph: article, activity, software
        Resource article = art.createResource(ARTICLE)
                .addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, TEXT)
                .addProperty(SCHEMA.headline, HEADLINE)
                .addProperty(SCHEMA.url, art.createResource(URL))
                .addProperty(SCHEMA.datePublished, art.createTypedLiteral("2018-11", XSDDatatype.XSDgYearMonth))
                .addProperty(SCHEMA.publisher, publisher);
        for (Resource actor : List.of(harris, khan, met, lords, labour, office)) {
            article.addProperty(SCHEMA.mentions, actor);
        }
        Resource software = art.createResource(BASE + "software/standpoint")
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(SCHEMA.softwareVersion, "0.1.0");
        Resource activity = art.createResource(BASE + "activity/" + KEY)
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, software)
                .addProperty(PROV.endedAtTime, art.createTypedLiteral("2025-01-01T12:00:00Z", XSDDatatype.XSDdateTime));
        article.addProperty(PROV.wasGeneratedBy, activity);

        // memberships the article states
        Resource harrisPeer = membership(art, "toby-harris--house-of-lords-peer", harris, lords, peer, true,
                span("Labour peer Lord Harris", "peer"));
        membership(art, "toby-harris--labour-party-member", harris, labour, member, true,
                span("Labour peer Lord Harris", "Labour"));
        membership(art, "sadiq-khan--labour-party-member", khan, labour, member, true,
                span("Labour mayor Sadiq Khan", "Labour"));
        membership(art, "sadiq-khan--mayor-of-london", khan, null, mayor, true,
                span("Labour mayor Sadiq Khan", "mayor"));

        // statements
        String s1 = statement(art, harris, harris, harrisPeer, STP.oppose, issue, true, "0.9",
                span("\u201cIt will", HARRIS_QUOTE), span("\u201d he told", "he"), span("\u201d he told", "told"));
        String s2 = statement(art, met, met, null, STP.oppose, issue, false, "0.8",
                span("The force has denied", MET_CLAUSE), span("The force has denied", "The force"),
                span("The force has denied", "denied"));
        String s3 = statement(art, office, khan, null, STP.conditional, issue, true, "0.85",
                span("\u201cThe mayor is", KHAN_QUOTE), span("Khan\u2019s office later", "Khan\u2019s office"),
                span("Khan\u2019s office later", "said"));
        return new Example(art, reg, s1, s2, s3);
    }

    static Resource person(Model m, String slug, String name, String honorific, String... aliases) {
        Resource p = m.createResource(BASE + "person/" + slug)
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(RDF.type, SCHEMA.Person)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDFS.label, name);
        for (String alias : aliases) p.addProperty(SKOS_ALT, alias);
        if (honorific != null) p.addProperty(SCHEMA.honorificPrefix, honorific);
        return p;
    }

    static Resource organisation(Model m, String slug, String name, String... aliases) {
        Resource o = m.createResource(BASE + "org/" + slug)
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDFS.label, name);
        for (String alias : aliases) o.addProperty(SKOS_ALT, alias);
        return o;
    }

    static Resource role(Model m, String slug, String label) {
        return m.createResource(BASE + "role/" + slug)
                .addProperty(RDF.type, ORG.Role)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, label)
                .addProperty(SKOS.inScheme, m.createResource(BASE + "role"));
    }

    static Resource membership(Model m, String slug, Resource member, Resource org, Resource role, boolean current,
                               Sp evidence) {
        Resource ms = m.createResource(BASE + "membership/" + slug)
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member)
                .addProperty(ORG.role, role)
                .addLiteral(STP.current, current)
                .addProperty(STP.roleMention, spanResource(m, evidence));
        if (org != null) ms.addProperty(ORG.organization, org);
        return ms;
    }

    static String statement(Model m, Resource speaker, Resource holder, Resource capacity, Resource stance,
                            Resource issue, boolean direct, String confidence, Sp content, Sp source, Sp cue) {
        Resource s = m.createResource(BASE + "statement/" + KEY + "-" + content.b() + "-" + content.e())
                .addProperty(RDF.type, STP.Statement)
                .addProperty(STP.speaker, speaker)
                .addProperty(STP.holder, holder)
                .addProperty(STP.stance, stance)
                .addProperty(STP.issue, issue)
                .addProperty(STP.reportingMode, direct ? STP.direct : STP.indirect)
                .addProperty(STP.confidence, m.createTypedLiteral(confidence, XSDDatatype.XSDdecimal))
                .addProperty(STP.contentSpan, spanResource(m, content))
                .addProperty(STP.sourceSpan, spanResource(m, source))
                .addProperty(STP.cueSpan, spanResource(m, cue))
                .addProperty(PROV.wasDerivedFrom, m.createResource(ARTICLE));
        if (direct) s.addProperty(RDF.type, SCHEMA.Quotation);
        if (capacity != null) s.addProperty(STP.capacity, capacity);
        return s.getURI();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** An in-memory TDB2 dataset whose default graph is the union of the named graphs, as Fuseki serves it. */
    static Dataset unionDataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    static Dataset dataset(Example ex) {
        Dataset ds = unionDataset();
        fill(ds, ex);
        return ds;
    }

    static void fill(Dataset ds, Example ex) {
        Txn.executeWrite(ds, () -> {
            ds.addNamedModel(G_ARTICLE, ex.article());
            ds.addNamedModel(G_REGISTRY, ex.registry());
            ds.addNamedModel(G_VOCAB, vocab);
        });
    }

    static ValidationReport validate(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Graph union = ds.asDatasetGraph().getUnionGraph();
            return ShaclValidator.get().validate(shapes, union);
        });
    }

    static Property stp(String local) {
        return vocab.createProperty(STP.NS, local);
    }

    /** Runs a saved query with parameters substituted by the convention of queries/README.md. */
    static List<Map<String, String>> run(Dataset ds, String file, Map<String, String> params) {
        String text;
        try {
            text = Files.readString(QUERIES.resolve(file));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            text = substitute(text, p.getKey(), p.getValue());
        }
        Query query = QueryFactory.create(text);
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution qs = rs.next();
                    Map<String, String> row = new HashMap<>();
                    qs.varNames().forEachRemaining(v -> row.put(v, lexical(qs.get(v))));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static String lexical(RDFNode n) {
        if (n == null) return null;
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static final Pattern PARAM_LINE = Pattern.compile("#\\s*param:\\s*([A-Za-z][A-Za-z0-9_]*)\\s*$");

    /**
     * The README convention: a body line ending in {@code # param: NAME} holds the value; replace what is inside the
     * braces of its VALUES, or else the one string literal on the line.
     */
    static String substitute(String query, String name, String sparqlTerms) {
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (String line : query.split("\n", -1)) {
            Matcher m = PARAM_LINE.matcher(line);
            if (!line.stripLeading().startsWith("#") && m.find() && m.group(1).equals(name)) {
                String body = line.substring(0, m.start());
                String replaced = body.contains("VALUES")
                        ? body.replaceFirst("\\{[^}]*}", Matcher.quoteReplacement("{ " + sparqlTerms + " }"))
                        : body.replaceFirst("\"(?:[^\"\\\\]|\\\\.)*\"", Matcher.quoteReplacement(sparqlTerms));
                line = replaced + line.substring(m.start());
                found = true;
            }
            out.append(line).append('\n');
        }
        assertTrue(found, "no '# param: " + name + "' line");
        return out.toString();
    }

    static Set<String> params(String query) {
        Set<String> names = new HashSet<>();
        for (String line : query.split("\n")) {
            Matcher m = PARAM_LINE.matcher(line);
            if (!line.stripLeading().startsWith("#") && m.find()) names.add(m.group(1));
        }
        return names;
    }

    static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).collect(Collectors.toSet());
    }

    static Map<String, String> row(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var + " = " + value + ": " + rows));
    }

    static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String sha1(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
