package org.standpoint.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.model.Actor;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.resolve.ResolvedIssue;
import org.standpoint.resolve.Resolver.Resolution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The map stage: a pure function from an extraction (and the IRIs its actors resolved to) to RDF, exactly as
 * {@code docs/data-model.md} specifies. No I/O, no store.
 */
public final class GraphMapper {
    private final Iris iris;
    private final String version;

    public GraphMapper(Iris iris, String version) {
        this.iris = iris;
        this.version = version;
    }

    /** {@code issues}: each issue's article-local id → the concept it resolved to. */
    public ArticleGraph map(Extraction x, Resolution ids, Map<String, ResolvedIssue> issues, Instant generatedAt) {
        Model a = model();
        Model r = model();
        Article article = x.article();
        String key = article.key();
        Resource doc = articleNode(a, r, article, ids.publisher());
        provenance(a, doc, key, generatedAt);

        Map<String, Resource> actors = new HashMap<>();
        for (Actor actor : x.actors()) {
            Resource node = actor(actor, ids, r, a);
            actors.put(actor.id(), node);
            a.add(doc, SCHEMA.mentions, node);
        }
        for (Actor actor : x.actors()) {
            if (actor.speaksFor() != null && actors.containsKey(actor.speaksFor())) {
                Model target = isArticleScoped(actor) ? a : r;
                target.add(actors.get(actor.id()), STP.speaksFor, actors.get(actor.speaksFor()));
            }
        }
        Map<String, Resource> memberships = new HashMap<>();
        for (Membership m : x.memberships()) memberships.put(m.id(), membership(m, actors, key, a, r));
        Map<String, Resource> issueNodes = new HashMap<>();
        for (Issue issue : x.issues()) {
            Resource concept = issueConcept(issue, issues.get(issue.id()), r);
            issueNodes.put(issue.id(), concept);
            reading(doc, key, issue, concept, a);
        }
        for (Statement s : x.statements()) statement(s, key, doc, actors, memberships, issueNodes, a);
        return new ArticleGraph(iris.articleGraph(key), a, r);
    }

    private Resource articleNode(Model a, Model registry, Article article, String publisherIri) {
        Resource doc = a.createResource(iris.article(article.key()))
                .addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, article.text());
        if (article.title() != null) doc.addProperty(SCHEMA.headline, article.title());
        if (article.url() != null) doc.addProperty(SCHEMA.url, a.createResource(article.url()));
        if (article.date() != null) doc.addLiteral(SCHEMA.datePublished, date(a, article.date()));
        if (article.publisher() != null) {
            // a publisher is an organisation like any other (it may also be quoted), so it lives in the registry
            // with the same types; typed only in the article graph it failed the shapes' foaf:Agent check
            Resource publisher = registry.createResource(publisherIri)
                    .addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, SCHEMA.Organization)
                    .addProperty(RDF.type, FOAF.Agent);
            // merged into another organisation by a user: that one keeps its own name
            publisher.addProperty(publisherIri.equals(iris.organisation(article.publisher())) ? RDFS.label : SKOS.altLabel,
                    article.publisher());
            doc.addProperty(SCHEMA.publisher, a.createResource(publisherIri));
        }
        return doc;
    }

    private void provenance(Model a, Resource doc, String key, Instant generatedAt) {
        Resource software = a.createResource(iris.software())
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "Standpoint")
                .addProperty(SCHEMA.softwareVersion, version);
        Resource activity = a.createResource(iris.activity(key))
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, software)
                .addLiteral(PROV.endedAtTime, a.createTypedLiteral(generatedAt.toString(), XSDDatatype.XSDdateTime));
        doc.addProperty(PROV.wasGeneratedBy, activity);
    }

    private static boolean isArticleScoped(Actor actor) {
        return switch (actor.type()) {
            case GROUP, DOCUMENT -> true;
            default -> false;
        };
    }

    /** People, organisations and offices go to the registry; unnamed groups and documents stay with their article. */
    private Resource actor(Actor actor, Resolution ids, Model registry, Model article) {
        Model m = isArticleScoped(actor) ? article : registry;
        // an actor merged into another by a user is one more name of that actor, whose own name stays canonical
        Resource node = m.createResource(ids.iri(actor.id()))
                .addProperty(ids.isMerged(actor.id()) ? SKOS.altLabel : RDFS.label, actor.name());
        switch (actor.type()) {
            case PERSON -> node.addProperty(RDF.type, FOAF.Person).addProperty(RDF.type, SCHEMA.Person)
                    .addProperty(RDF.type, FOAF.Agent);
            case ORGANIZATION -> node.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, SCHEMA.Organization)
                    .addProperty(RDF.type, FOAF.Agent);
            case OFFICE -> node.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, STP.Office)
                    .addProperty(RDF.type, FOAF.Agent);
            case GROUP -> node.addProperty(RDF.type, STP.UnnamedGroup).addProperty(RDF.type, FOAF.Group)
                    .addProperty(RDF.type, FOAF.Agent);
            case DOCUMENT -> node.addProperty(RDF.type, SCHEMA.CreativeWork).addProperty(RDF.type, PROV.Entity);
        }
        for (String alias : actor.aliases()) {
            if (!alias.equals(actor.name())) node.addProperty(SKOS.altLabel, alias);
        }
        if (actor.honorific() != null) node.addProperty(SCHEMA.honorificPrefix, actor.honorific());
        return article.createResource(node.getURI());
    }

    private Resource membership(Membership m, Map<String, Resource> actors, String key, Model a, Model r) {
        Resource member = actors.get(m.memberId());
        Resource org = m.organizationId() == null ? null : actors.get(m.organizationId());
        Resource role = r.createResource(iris.role(m.role()))
                .addProperty(RDF.type, ORG.Role)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, m.role())
                .addProperty(SKOS.inScheme, scheme(r, iris.roleScheme(), "Roles"));
        Resource node = a.createResource(iris.membership(member.getURI(), org == null ? null : org.getURI(), m.role()));
        // One role stated twice in an article ("council leader X" ... "X's removal as leader"): the ended one wins,
        // being the later fact, and the membership keeps exactly one stp:current.
        boolean current = m.current() && !node.hasLiteral(STP.current, false);
        node.removeAll(STP.current);
        node.addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member)
                .addProperty(ORG.role, role)
                .addLiteral(STP.current, a.createTypedLiteral(current))
                .addProperty(STP.roleMention, span(a, key, m.evidence()));
        if (org != null) node.addProperty(ORG.organization, org);
        return node;
    }

    /**
     * The article that founds a concept gives it its scope note (the sentences it states the issue in) and key
     * phrases as hidden labels: what later articles are matched against. Others add their own label as an altLabel.
     */
    public Resource issueConcept(Issue issue, ResolvedIssue resolved, Model r) {
        Resource c = r.createResource(resolved.iri())
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, resolved.label())
                .addProperty(SKOS.inScheme, scheme(r, iris.issueScheme(), "Issues"));
        if (resolved.created()) {
            c.addProperty(SKOS.scopeNote, issue.context()).addProperty(SKOS.hiddenLabel, issue.label());
            for (String p : issue.keyPhrases()) c.addProperty(SKOS.hiddenLabel, p);
        } else if (!issue.label().equals(resolved.label())) {
            c.addProperty(SKOS.altLabel, issue.label());
        }
        for (String b : resolved.broader()) c.addProperty(SKOS.broader, r.createResource(b));
        for (String n : resolved.narrower()) r.createResource(n).addProperty(SKOS.broader, c);
        for (String rel : resolved.related()) {
            c.addProperty(SKOS.related, r.createResource(rel));
            r.createResource(rel).addProperty(SKOS.related, c);
        }
        return c;
    }

    /** The article's own reading of the issue: what grouping compares when it groups the store's articles again. */
    private void reading(Resource doc, String key, Issue issue, Resource concept, Model a) {
        Resource node = a.createResource(iris.issueReading(key, issue.id()))
                .addProperty(RDF.type, STP.IssueReading)
                .addProperty(RDFS.label, issue.label())
                .addProperty(STP.readingKey, issue.key())
                .addProperty(SKOS.scopeNote, issue.context())
                .addProperty(STP.groupedUnder, concept);
        for (String p : issue.keyPhrases()) node.addProperty(SKOS.hiddenLabel, p);
        for (String e : issue.entities()) node.addProperty(STP.readingEntity, e);
        if (issue.declared()) node.addLiteral(STP.declared, true);
        doc.addProperty(STP.issueReading, node);
    }

    private static Resource scheme(Model r, String iri, String label) {
        return r.createResource(iri).addProperty(RDF.type, SKOS.ConceptScheme).addProperty(RDFS.label, label);
    }

    private void statement(Statement s, String key, Resource doc, Map<String, Resource> actors,
                           Map<String, Resource> memberships, Map<String, Resource> issues, Model a) {
        Resource node = a.createResource(iris.statement(key, s.content()))
                .addProperty(RDF.type, STP.Statement)
                .addProperty(STP.speaker, actors.get(s.speakerId()))
                .addProperty(STP.holder, actors.get(s.holderId()))
                .addProperty(STP.stance, stance(s.stance()))
                .addProperty(STP.issue, issues.get(s.issueId()))
                .addProperty(STP.reportingMode, s.direct() ? STP.direct : STP.indirect)
                .addLiteral(STP.confidence, a.createTypedLiteral(BigDecimal.valueOf(s.confidence())))
                .addProperty(STP.contentSpan, span(a, key, s.content()))
                .addProperty(PROV.wasDerivedFrom, doc);
        if (s.direct()) node.addProperty(RDF.type, SCHEMA.Quotation);
        if (s.source() != null) node.addProperty(STP.sourceSpan, span(a, key, s.source()));
        if (s.cue() != null) node.addProperty(STP.cueSpan, span(a, key, s.cue()));
        if (s.capacityId() != null && memberships.containsKey(s.capacityId())) {
            node.addProperty(STP.capacity, memberships.get(s.capacityId()));
        }
    }

    private Resource span(Model a, String key, Span span) {
        return a.createResource(iris.span(key, span))
                .addProperty(RDF.type, NIF.String)
                .addProperty(RDF.type, NIF.OffsetBasedString)
                .addLiteral(NIF.beginIndex, a.createTypedLiteral(String.valueOf(span.begin()), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, a.createTypedLiteral(String.valueOf(span.end()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.anchorOf, span.text())
                .addProperty(NIF.referenceContext, a.createResource(iris.article(key)));
    }

    static Resource stance(Stance stance) {
        return switch (stance) {
            case SUPPORT -> STP.support;
            case OPPOSE -> STP.oppose;
            case CONDITIONAL -> STP.conditional;
            case NEUTRAL -> STP.neutral;
        };
    }

    private static Literal date(Model a, String iso) {
        XSDDatatype type = iso.length() == 4 ? XSDDatatype.XSDgYear
                : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return a.createTypedLiteral(iso, type);
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("stp", STP.NS);
        m.setNsPrefix("nif", NIF.NS);
        m.setNsPrefix("schema", SCHEMA.NS);
        m.setNsPrefix("org", ORG.NS);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }
}
