package org.standpoint.correct;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.iri.Iris;
import org.standpoint.model.Issue;
import org.standpoint.model.IssueConcept;
import org.standpoint.model.IssueCorrections;
import org.standpoint.model.IssueReading;
import org.standpoint.pipeline.Version;
import org.standpoint.rdf.GraphMapper;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;
import org.standpoint.resolve.IssueMatcher;
import org.standpoint.resolve.ResolvedIssue;
import org.standpoint.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups every stored article's issue again, in the canonical order (oldest article first, then by key): what makes
 * the grouping of a store depend on which articles it holds, not on the order they were loaded in. Each article
 * graph keeps the article's own reading of its issue ({@code stp:IssueReading}); regrouping matches those readings
 * as loading would have had the articles come oldest first, rebuilds the concepts they found, moves the statements
 * whose concept changed and refreshes their positions, all in one transaction.
 *
 * <p>A concept no reading is grouped under (one put on the watch list, or one from articles stored before readings
 * were kept) and a watched one ({@code stp:watched}) are kept as they are and known from the start; the user's
 * renames and merges apply as at load time.
 */
public final class IssueRegrouping {
    private static final String READING_ID = "#issue_";

    /** What a regrouping did: readings grouped, readings that moved to another concept, concepts after. */
    public record Result(int readings, int moved, int concepts) {
    }

    private final Store store;
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node registry;

    public IssueRegrouping(Store store) {
        this.store = store;
        this.dsg = store.dataset().asDatasetGraph();
        this.iris = store.iris();
        this.registry = NodeFactory.createURI(iris.registryGraph());
    }

    /** The sort position of the newest article with a reading (date, then key), or "" when there is none. */
    public String newest() {
        return Txn.calculateRead(dsg, () -> readings().stream().map(IssueRegrouping::position).max(String::compareTo).orElse(""));
    }

    /** Where an article stands in the canonical order, as one comparable string. */
    public static String position(String date, String articleKey) {
        return (date == null ? "" : date) + "\u0000" + articleKey;
    }

    private static String position(IssueReading r) {
        return position(r.date(), r.articleKey());
    }

    public Result run() {
        IssueGraph issues = new IssueGraph(store);
        List<IssueConcept> concepts = issues.concepts();
        IssueCorrections corrections = issues.corrections();
        return Txn.calculateWrite(dsg, () -> {
            List<IssueReading> readings = readings();
            Set<String> grouped = new HashSet<>();
            for (IssueReading r : readings) if (r.concept() != null) grouped.add(r.concept());
            Set<String> watched = new HashSet<>();
            dsg.find(registry, Node.ANY, STP.watched.asNode(), Node.ANY).forEachRemaining(q -> watched.add(q.getSubject().getURI()));
            List<IssueConcept> kept = new ArrayList<>();
            for (IssueConcept c : concepts) {
                if (watched.contains(c.iri()) || !grouped.contains(c.iri())) kept.add(c);
                else forget(NodeFactory.createURI(c.iri()));
            }
            IssueMatcher matcher = new IssueMatcher(iris);
            matcher.reset(kept, corrections);
            Map<IssueReading, ResolvedIssue> grouping = matcher.group(readings);

            GraphMapper mapper = new GraphMapper(iris, Version.current());
            Model rebuilt = ModelFactory.createDefaultModel();
            Set<String> changed = new TreeSet<>();
            int moved = 0;
            for (Map.Entry<IssueReading, ResolvedIssue> e : grouping.entrySet()) {
                IssueReading r = e.getKey();
                String now = e.getValue().iri();
                mapper.issueConcept(r.issue(), e.getValue(), rebuilt);
                if (now.equals(r.concept())) continue;
                moved++;
                changed.add(now);
                if (r.concept() != null) changed.add(r.concept());
                move(r, now);
            }
            rebuilt.getGraph().find().forEachRemaining(t -> dsg.add(registry, t.getSubject(), t.getPredicate(), t.getObject()));
            if (!changed.isEmpty()) store.refreshPositions(List.of(), changed);
            Set<String> after = new HashSet<>();
            for (ResolvedIssue ri : grouping.values()) after.add(ri.iri());
            return new Result(readings.size(), moved, after.size());
        });
    }

    /** Drops a concept that is rebuilt from its readings, with the links other concepts have to it. */
    private void forget(Node concept) {
        List<Triple> gone = new ArrayList<>();
        dsg.find(registry, concept, Node.ANY, Node.ANY).forEachRemaining(q -> gone.add(q.asTriple()));
        dsg.find(registry, Node.ANY, Node.ANY, concept).forEachRemaining(q -> gone.add(q.asTriple()));
        for (Triple t : gone) dsg.delete(registry, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** Points the reading, and the statements of its article that were about its old concept, at {@code concept}. */
    private void move(IssueReading r, String concept) {
        Node graph = NodeFactory.createURI(iris.articleGraph(r.articleKey()));
        Node reading = NodeFactory.createURI(iris.issueReading(r.articleKey(), r.issue().id()));
        Node to = NodeFactory.createURI(concept);
        dsg.deleteAny(graph, reading, STP.groupedUnder.asNode(), Node.ANY);
        dsg.add(graph, reading, STP.groupedUnder.asNode(), to);
        if (r.concept() == null) return;
        List<Quad> statements = new ArrayList<>();
        dsg.find(graph, Node.ANY, STP.issue.asNode(), NodeFactory.createURI(r.concept())).forEachRemaining(statements::add);
        for (Quad q : statements) {
            dsg.delete(q);
            dsg.add(graph, q.getSubject(), q.getPredicate(), to);
        }
    }

    /** Every stored reading; call inside a transaction. */
    private List<IssueReading> readings() {
        List<IssueReading> out = new ArrayList<>();
        Map<Node, String> dates = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, STP.issueReading.asNode(), Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph(), article = q.getSubject(), r = q.getObject();
            String key = iris.articleKey(article.getURI());
            String iri = r.getURI();
            if (key == null || !iri.contains(READING_ID)) return;
            String date = dates.computeIfAbsent(article, a -> first(g, a, SCHEMA.datePublished.asNode()));
            List<String> phrases = strings(g, r, SKOS.hiddenLabel.asNode());
            Issue issue = new Issue(iri.substring(iri.lastIndexOf(READING_ID) + READING_ID.length()),
                    first(g, r, RDFS.label.asNode()), first(g, r, STP.readingKey.asNode()),
                    first(g, r, SKOS.scopeNote.asNode()), phrases, strings(g, r, STP.readingEntity.asNode()),
                    "true".equals(first(g, r, STP.declared.asNode())));
            Node concept = dsg.find(g, r, STP.groupedUnder.asNode(), Node.ANY).hasNext()
                    ? dsg.find(g, r, STP.groupedUnder.asNode(), Node.ANY).next().getObject() : null;
            out.add(new IssueReading(key, date, issue, concept == null ? null : concept.getURI()));
        });
        return out;
    }

    private List<String> strings(Node g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) out.add(q.getObject().getLiteralLexicalForm());
        });
        out.sort(null);
        return out;
    }

    private String first(Node g, Node s, Node p) {
        List<String> all = strings(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }
}
