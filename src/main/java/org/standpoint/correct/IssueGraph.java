package org.standpoint.correct;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.iri.Slugs;
import org.standpoint.model.IssueConcept;
import org.standpoint.model.IssueCorrections;
import org.standpoint.rdf.STP;
import org.standpoint.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Issue concepts in a store: read for matching at load time, and corrected by the user. A correction is recorded in
 * the corrections graph (a rename as the concept's {@code skos:prefLabel} there, a merge as
 * {@code A dcterms:isReplacedBy B}), which loading applies to every article resolved later, and is applied at once to
 * what is already stored (registry labels, and every statement's {@code stp:issue}).
 */
public final class IssueGraph {
    private final DatasetGraph dsg;
    private final Node registry;
    private final Node corrections;
    private final String issuePrefix;
    private final Node scheme;
    private final Store store;

    public IssueGraph(Store store) {
        this.store = store;
        this.dsg = store.dataset().asDatasetGraph();
        Iris iris = store.iris();
        this.registry = NodeFactory.createURI(iris.registryGraph());
        this.corrections = NodeFactory.createURI(iris.correctionsGraph());
        this.issuePrefix = iris.issue("x").substring(0, iris.issue("x").length() - 1);
        this.scheme = NodeFactory.createURI(iris.issueScheme());
    }

    /** The issue IRI a user typed: a full IRI, {@code issue/slug} or a bare slug. */
    public String iri(String typed) {
        if (typed.contains("://")) return typed;
        String slug = typed.startsWith("issue/") ? typed.substring("issue/".length()) : typed;
        return issuePrefix + slug;
    }

    /** Every issue concept of the registry, sorted by IRI. */
    public List<IssueConcept> concepts() {
        return Txn.calculateRead(dsg, () -> {
            List<IssueConcept> out = new ArrayList<>();
            dsg.find(registry, Node.ANY, SKOS.inScheme.asNode(), scheme).forEachRemaining(q -> {
                Node c = q.getSubject();
                String label = first(registry, c, SKOS.prefLabel.asNode());
                if (label != null) {
                    out.add(new IssueConcept(c.getURI(), label, strings(registry, c, SKOS.scopeNote.asNode()),
                            strings(registry, c, SKOS.hiddenLabel.asNode())));
                }
            });
            out.sort((a, b) -> a.iri().compareTo(b.iri()));
            return out;
        });
    }

    /** The user's issue corrections (renames and merges of issue IRIs only; actor corrections are not read here). */
    public IssueCorrections corrections() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> labels = new HashMap<>();
            Map<String, String> merged = new HashMap<>();
            dsg.find(corrections, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> {
                if (isIssue(q.getSubject()) && q.getObject().isLiteral()) {
                    labels.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
                }
            });
            dsg.find(corrections, Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(q -> {
                if (isIssue(q.getSubject()) && isIssue(q.getObject())) {
                    merged.put(q.getSubject().getURI(), q.getObject().getURI());
                }
            });
            return new IssueCorrections(labels, merged);
        });
    }

    /** Issue IRI → label, for listing. */
    public Map<String, String> labels() {
        Map<String, String> out = new TreeMap<>();
        for (IssueConcept c : concepts()) out.put(c.iri(), c.label());
        return out;
    }

    /** An issue as {@code issue list} shows it: how much the stored articles say about it. */
    public record Use(String iri, String label, int statements, int articles) {
    }

    /** Every issue concept with its statements and articles, the most discussed first (then by label). */
    public List<Use> uses() {
        Map<String, String> labels = labels();
        Map<String, int[]> statements = new HashMap<>();
        Map<String, Set<Node>> articles = new HashMap<>();
        String articleGraphs = store.iris().articleGraph("");
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, STP.issue.asNode(), Node.ANY).forEachRemaining(q -> {
            // statements live in article graphs; the positions graph repeats their issues
            if (!q.getObject().isURI() || !q.getGraph().isURI() || !q.getGraph().getURI().startsWith(articleGraphs)) return;
            String issue = q.getObject().getURI();
            statements.computeIfAbsent(issue, k -> new int[1])[0]++;
            articles.computeIfAbsent(issue, k -> new HashSet<>()).add(q.getGraph());
        }));
        List<Use> out = new ArrayList<>();
        labels.forEach((iri, label) -> out.add(new Use(iri, label, statements.getOrDefault(iri, new int[1])[0],
                articles.getOrDefault(iri, Set.of()).size())));
        out.sort(Comparator.comparingInt(Use::statements).reversed().thenComparing(Use::label));
        return out;
    }

    /**
     * Puts a measure the user follows on the watch list: a concept in the registry before any article speaks of it, so
     * an article that declares it ({@code ISSUE:}, {@code load --issue}) joins it by its key and one whose own issue
     * is close enough joins it by similarity. Its label is its scope note and key phrase, as a founding article's are.
     *
     * @return the concept's IRI, and whether it is new (false: the registry already had it; it is now watched)
     */
    public Map.Entry<String, Boolean> add(String label) {
        String key = Slugs.of(label);
        if (key.isEmpty()) throw new IllegalArgumentException("an issue needs a label with letters or digits: \"" + label + "\"");
        Node c = NodeFactory.createURI(issuePrefix + key);
        Node text = NodeFactory.createLiteralString(label);
        boolean created = Txn.calculateWrite(dsg, () -> {
            // watched whether or not an article founded it: regrouping keeps it (IssueRegrouping)
            dsg.add(registry, c, STP.watched.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            if (dsg.contains(registry, c, SKOS.inScheme.asNode(), scheme)) return false;
            dsg.add(registry, scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
            dsg.add(registry, scheme, RDFS.label.asNode(), NodeFactory.createLiteralString("Issues"));
            dsg.add(registry, c, RDF.type.asNode(), SKOS.Concept.asNode());
            dsg.add(registry, c, SKOS.inScheme.asNode(), scheme);
            dsg.add(registry, c, SKOS.prefLabel.asNode(), text);
            dsg.add(registry, c, SKOS.scopeNote.asNode(), text);
            dsg.add(registry, c, SKOS.hiddenLabel.asNode(), text);
            return true;
        });
        return Map.entry(c.getURI(), created);
    }

    /** Groups every stored article's issue again, oldest article first: see {@link IssueRegrouping}. */
    public IssueRegrouping.Result regroup() {
        return new IssueRegrouping(store).run();
    }

    /** Gives an issue a new preferred label; its old one stays as an alternative label. */
    public void rename(String iri, String label) {
        Node c = NodeFactory.createURI(iri);
        Node pref = SKOS.prefLabel.asNode();
        Node newLabel = NodeFactory.createLiteralString(label);
        Txn.executeWrite(dsg, () -> {
            requireIssue(c);
            dsg.deleteAny(corrections, c, pref, Node.ANY);
            dsg.add(corrections, c, pref, newLabel);
            for (Node old : objects(registry, c, pref)) {
                dsg.delete(registry, c, pref, old);
                if (!old.equals(newLabel)) dsg.add(registry, c, SKOS.altLabel.asNode(), old);
            }
            dsg.delete(registry, c, SKOS.altLabel.asNode(), newLabel);
            dsg.add(registry, c, pref, newLabel);
        });
    }

    /**
     * Merges issue {@code from} into {@code into}: statements about {@code from} are about {@code into}, its labels
     * become alternative labels of {@code into}, its scope notes and key phrases join those of {@code into} (so
     * articles like its founder still match), and its hierarchy links move over.
     */
    public void merge(String from, String into) {
        if (from.equals(into)) throw new IllegalArgumentException("cannot merge an issue into itself: " + from);
        Node a = NodeFactory.createURI(from);
        Node b = NodeFactory.createURI(into);
        Txn.executeWrite(dsg, () -> {
            requireIssue(a);
            requireIssue(b);
            dsg.add(corrections, a, DCTerms.isReplacedBy.asNode(), b);
            List<Quad> statements = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, STP.issue.asNode(), a).forEachRemaining(statements::add);
            dsg.find(Node.ANY, Node.ANY, STP.groupedUnder.asNode(), a).forEachRemaining(statements::add);
            for (Quad q : statements) {
                dsg.delete(q);
                dsg.add(q.getGraph(), q.getSubject(), q.getPredicate(), b);
            }
            moveConcept(a, b);
            store.refreshPositions(List.of(), List.of(from, into));
        });
    }

    private void moveConcept(Node a, Node b) {
        List<Triple> out = new ArrayList<>(), in = new ArrayList<>();
        dsg.find(registry, a, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        dsg.find(registry, Node.ANY, Node.ANY, a).forEachRemaining(q -> in.add(q.asTriple()));
        for (Triple t : out) dsg.delete(registry, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : in) dsg.delete(registry, t.getSubject(), t.getPredicate(), t.getObject());
        Node bPref = objects(registry, b, SKOS.prefLabel.asNode()).stream().findFirst().orElse(null);
        for (Triple t : out) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())) {
                if (!o.equals(bPref)) dsg.add(registry, b, SKOS.altLabel.asNode(), o);
            } else if (p.equals(SKOS.scopeNote.asNode()) || p.equals(SKOS.hiddenLabel.asNode())
                    || ((p.equals(SKOS.broader.asNode()) || p.equals(SKOS.related.asNode())) && !o.equals(b))) {
                dsg.add(registry, b, p, o);
            }
        }
        for (Triple t : in) {
            if (!t.getSubject().equals(b)) dsg.add(registry, t.getSubject(), t.getPredicate(), b);
        }
    }

    private void requireIssue(Node c) {
        if (!dsg.contains(registry, c, SKOS.inScheme.asNode(), scheme)) {
            throw new IllegalArgumentException("no issue " + c.getURI() + " in the registry (standpoint issue list)");
        }
    }

    private boolean isIssue(Node n) {
        return n.isURI() && n.getURI().startsWith(issuePrefix);
    }

    private List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private List<String> strings(Node g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private String first(Node g, Node s, Node p) {
        return strings(g, s, p).stream().findFirst().orElse(null);
    }
}
