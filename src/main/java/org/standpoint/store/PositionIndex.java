package org.standpoint.store;

import static org.standpoint.store.Graphs.objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.PROV;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The positions graph: for each holder, issue and stance, the statements that say so, how many, and which is the
 * latest. An actor's or an issue's page reads these few rows first instead of every statement of a popular actor (at
 * 100,000 articles the most quoted person holds some 16,000), and the evidence behind one position is its own list
 * of statements rather than a scan of the holder's; its first pages, the {@value #RECENT} newest, are listed apart,
 * so that showing them sorts no dates (a popular position holds thousands of statements).
 *
 * <p>Derived data, never edited by hand: a new article's write adds its statements to their positions and a rewrite
 * refreshes the (holder, issue) pairs its old and new graph touch, in the same transaction, so readers never see a
 * position out of step with the statements. A bulk
 * import or a correction that renames actors or issues refreshes what it touched, or rebuilds the graph whole.
 * Positions use their own predicates ({@link STP#positionHolder} …), so a query over statements through the union
 * graph never counts a position as a statement.
 */
final class PositionIndex {
    /** A holder and an issue: the unit a refresh recomputes (all stances of it at once). */
    record Key(Node holder, Node issue) {
    }

    /** Statements kept newest first per position ({@link STP#recentStatement}): the evidence page's reach. */
    static final int RECENT = 100;

    /** A statement and its article's date, sortable as text ("" when undated, so oldest). */
    private record Dated(Node statement, String date) {
    }

    /** Newest first: by article date, then by the greater IRI, as {@link STP#latestStatement} breaks ties. */
    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::date)
            .thenComparing(d -> d.statement().getURI()).reversed();

    /** One position as it accumulates: its statements with their dates, and who spoke them. */
    private static final class Tally {
        final List<Dated> statements = new ArrayList<>();
        final Set<Node> speakers = new HashSet<>();

        void add(Node statement, String date, List<Node> speakers) {
            statements.add(new Dated(statement, date));
            this.speakers.addAll(speakers);
        }

        List<Node> newest(int n) {
            return statements.stream().sorted(NEWEST_FIRST).limit(n).map(Dated::statement).toList();
        }
    }

    private static final Node HOLDER = STP.holder.asNode();
    private static final Node ISSUE = STP.issue.asNode();
    private static final Node STANCE = STP.stance.asNode();
    private static final Node SPEAKER = STP.speaker.asNode();
    private static final Node STANCE_OF_POSITION = STP.positionStance.asNode();

    private final Node graph;
    private final String base;
    private final PositionRanking rankings;

    PositionIndex(Iris iris) {
        this.base = iris.base();
        this.graph = Graphs.node(iris.positionsGraph());
        this.rankings = new PositionRanking(this.base, graph);
    }

    /** The (holder, issue) pairs of the statements in one graph: call before replacing it and after. */
    Set<Key> keysIn(DatasetGraph dsg, Node articleGraph) {
        Set<Key> keys = new HashSet<>();
        for (Quad q : Iter.toList(dsg.find(articleGraph, Node.ANY, HOLDER, Node.ANY))) {
            for (Node issue : objects(dsg, articleGraph, q.getSubject(), ISSUE)) keys.add(new Key(q.getObject(), issue));
        }
        return keys;
    }

    /**
     * Every pair these holders or issues have a statement or a position in: after a correction renamed them (so
     * positions under the old name are found and dropped too).
     */
    Set<Key> keysOf(DatasetGraph dsg, Collection<Node> holders, Collection<Node> issues) {
        Set<Key> keys = new HashSet<>();
        for (Node h : holders) {
            pairs(dsg, Node.ANY, HOLDER, h, ISSUE, i -> keys.add(new Key(h, i)));
            pairs(dsg, graph, STP.positionHolder.asNode(), h, STP.positionIssue.asNode(), i -> keys.add(new Key(h, i)));
            // an actor renamed as a speaker changes the positions of those it spoke for
            for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, SPEAKER, h))) {
                for (Node holder : objects(dsg, q.getGraph(), q.getSubject(), HOLDER)) {
                    for (Node i : objects(dsg, q.getGraph(), q.getSubject(), ISSUE)) keys.add(new Key(holder, i));
                }
            }
            for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, STP.positionSpeaker.asNode(), h))) {
                for (Node holder : objects(dsg, graph, q.getSubject(), STP.positionHolder.asNode())) {
                    for (Node i : objects(dsg, graph, q.getSubject(), STP.positionIssue.asNode())) keys.add(new Key(holder, i));
                }
            }
        }
        for (Node i : issues) {
            pairs(dsg, Node.ANY, ISSUE, i, HOLDER, h -> keys.add(new Key(h, i)));
            pairs(dsg, graph, STP.positionIssue.asNode(), i, STP.positionHolder.asNode(), h -> keys.add(new Key(h, i)));
        }
        return keys;
    }

    /** For each subject with {@code p value} in {@code g}: its {@code other} values in the same graph. */
    private static void pairs(DatasetGraph dsg, Node g, Node p, Node value, Node other, Consumer<Node> sink) {
        for (Quad q : Iter.toList(dsg.find(g, Node.ANY, p, value))) objects(dsg, q.getGraph(), q.getSubject(), other).forEach(sink);
    }

    /** Recomputes the positions of these pairs from the statements now stored; a pair with none loses its positions. */
    void refresh(DatasetGraph dsg, Set<Key> keys) {
        Map<PositionRanking.Of, List<Node>> touched = new HashMap<>();
        for (Key k : keys) {
            for (Quad p : Iter.toList(dsg.find(graph, Node.ANY, STP.positionHolder.asNode(), k.holder()))) {
                if (dsg.contains(graph, p.getSubject(), STP.positionIssue.asNode(), k.issue())) {
                    for (Node stance : objects(dsg, graph, p.getSubject(), STANCE_OF_POSITION)) {
                        touched.computeIfAbsent(new PositionRanking.Of(k.issue(), stance), x -> new ArrayList<>()).add(p.getSubject());
                    }
                    dsg.deleteAny(graph, p.getSubject(), Node.ANY, Node.ANY);
                }
            }
            Map<Node, Tally> byStance = new HashMap<>();
            for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, HOLDER, k.holder()))) {
                Node g = q.getGraph();
                Node s = q.getSubject();
                if (!dsg.contains(g, s, ISSUE, k.issue())) continue;
                List<Node> speakers = objects(dsg, g, s, SPEAKER);
                for (Node stance : objects(dsg, g, s, STANCE)) byStance.computeIfAbsent(stance, x -> new Tally()).add(s, date(dsg, g, s), speakers);
            }
            byStance.forEach((stance, t) -> {
                write(dsg, k.holder(), k.issue(), stance, t);
                touched.computeIfAbsent(new PositionRanking.Of(k.issue(), stance), x -> new ArrayList<>())
                        .add(iri(k.holder(), k.issue(), stance));
            });
        }
        rankings.update(dsg, touched);
    }

    /** Drops the graph and computes every position again, in one pass over the statements: after a bulk import. */
    void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Map<List<Node>, Tally> all = new HashMap<>();
        Iterator<Quad> statements = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), STP.Statement.asNode());
        try {
            while (statements.hasNext()) {
                Quad q = statements.next();
                tally(dsg, q.getGraph(), q.getSubject(), all);
            }
        } finally {
            Iter.close(statements);
        }
        all.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString()))
                .forEach(e -> write(dsg, e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()));
        rankings.rebuild(dsg);
    }

    /**
     * After an article graph was written where there was none: adds its statements to their positions without
     * reading the positions' other statements (a popular actor's position holds thousands, and a full refresh per
     * article cost a second at 100,000 articles). Counts grow, the lists gain the new statements, the newest and the
     * latest are compared with the new ones, and each ranking admits what grew past its floor.
     */
    void add(DatasetGraph dsg, Node articleGraph) {
        Map<List<Node>, Tally> added = new HashMap<>();
        for (Quad q : Iter.toList(dsg.find(articleGraph, Node.ANY, RDF.type.asNode(), STP.Statement.asNode()))) {
            tally(dsg, articleGraph, q.getSubject(), added);
        }
        Map<PositionRanking.Of, List<Node>> grown = new HashMap<>();
        added.forEach((k, t) -> {
            Node p = iri(k.get(0), k.get(1), k.get(2));
            if (dsg.contains(graph, p, RDF.type.asNode(), STP.Position.asNode())) merge(dsg, p, k.get(0), t);
            else write(dsg, k.get(0), k.get(1), k.get(2), t);
            grown.computeIfAbsent(new PositionRanking.Of(k.get(1), k.get(2)), x -> new ArrayList<>()).add(p);
        });
        rankings.grew(dsg, grown);
    }

    /** One statement into the tally of each holder, issue and stance it has. */
    private static void tally(DatasetGraph dsg, Node g, Node s, Map<List<Node>, Tally> tallies) {
        String date = date(dsg, g, s);
        List<Node> speakers = objects(dsg, g, s, SPEAKER);
        for (Node h : objects(dsg, g, s, HOLDER)) {
            for (Node i : objects(dsg, g, s, ISSUE)) {
                for (Node st : objects(dsg, g, s, STANCE)) tallies.computeIfAbsent(List.of(h, i, st), x -> new Tally()).add(s, date, speakers);
            }
        }
    }

    /** New statements into an existing position. */
    private void merge(DatasetGraph dsg, Node p, Node holder, Tally t) {
        List<Node> counts = objects(dsg, graph, p, STP.statementCount.asNode());
        int count = t.statements.size() + (counts.isEmpty() ? 0 : Integer.parseInt(counts.get(0).getLiteralLexicalForm()));
        dsg.deleteAny(graph, p, STP.statementCount.asNode(), Node.ANY);
        dsg.add(graph, p, STP.statementCount.asNode(), NodeFactory.createLiteralDT(String.valueOf(count), XSDDatatype.XSDinteger));
        for (Dated d : t.statements) dsg.add(graph, p, STP.positionStatement.asNode(), d.statement());
        for (Node speaker : t.speakers) if (!speaker.equals(holder)) dsg.add(graph, p, STP.positionSpeaker.asNode(), speaker);
        Tally recent = new Tally();
        for (Node s : objects(dsg, graph, p, STP.recentStatement.asNode())) {
            Node d = dateOf(dsg, s);
            recent.add(s, d == null ? "" : d.getLiteralLexicalForm(), List.of());
        }
        recent.statements.addAll(t.statements);
        List<Node> newest = recent.newest(RECENT);
        for (Dated d : recent.statements) {
            if (!newest.contains(d.statement())) dsg.delete(graph, p, STP.recentStatement.asNode(), d.statement());
        }
        for (Node s : newest) dsg.add(graph, p, STP.recentStatement.asNode(), s);
        if (!dsg.contains(graph, p, STP.latestStatement.asNode(), newest.get(0))) {
            dsg.deleteAny(graph, p, STP.latestStatement.asNode(), Node.ANY);
            dsg.deleteAny(graph, p, STP.latestDate.asNode(), Node.ANY);
            writeLatest(dsg, p, newest.get(0));
        }
    }

    private Node iri(Node holder, Node issue, Node stance) {
        return NodeFactory.createURI(base + "position/" + path(base, holder) + "/" + path(base, issue) + "/" + stance.getLocalName());
    }

    private void write(DatasetGraph dsg, Node holder, Node issue, Node stance, Tally t) {
        Node p = iri(holder, issue, stance);
        dsg.add(graph, p, RDF.type.asNode(), STP.Position.asNode());
        dsg.add(graph, p, STP.positionHolder.asNode(), holder);
        dsg.add(graph, p, STP.positionIssue.asNode(), issue);
        dsg.add(graph, p, STP.positionStance.asNode(), stance);
        dsg.add(graph, p, STP.statementCount.asNode(),
                NodeFactory.createLiteralDT(String.valueOf(t.statements.size()), XSDDatatype.XSDinteger));
        for (Dated d : t.statements) dsg.add(graph, p, STP.positionStatement.asNode(), d.statement());
        List<Node> recent = t.newest(RECENT);
        for (Node s : recent) dsg.add(graph, p, STP.recentStatement.asNode(), s);
        for (Node speaker : t.speakers) if (!speaker.equals(holder)) dsg.add(graph, p, STP.positionSpeaker.asNode(), speaker);
        writeLatest(dsg, p, recent.get(0));
    }

    private void writeLatest(DatasetGraph dsg, Node p, Node latest) {
        dsg.add(graph, p, STP.latestStatement.asNode(), latest);
        Node date = dateOf(dsg, latest);
        if (date != null) dsg.add(graph, p, STP.latestDate.asNode(), date);
    }

    /** A data IRI under the base as its path ("person/lord-harris"), any other as a path-safe form of itself. */
    static String path(String base, Node iri) {
        String s = iri.getURI();
        return s.startsWith(base) ? s.substring(base.length()) : s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** The publication date of the statement's article, as sortable text; "" when the article gives none. */
    private static String date(DatasetGraph dsg, Node g, Node statement) {
        Node d = dateNode(dsg, g, statement);
        return d == null ? "" : d.getLiteralLexicalForm();
    }

    /** The statement's article's date, wherever the statement is stored; null when undated. */
    private static Node dateOf(DatasetGraph dsg, Node statement) {
        for (Quad q : Iter.toList(dsg.find(Node.ANY, statement, RDF.type.asNode(), STP.Statement.asNode()))) {
            Node d = dateNode(dsg, q.getGraph(), statement);
            if (d != null) return d;
        }
        return null;
    }

    private static Node dateNode(DatasetGraph dsg, Node g, Node statement) {
        for (Node article : objects(dsg, g, statement, PROV.wasDerivedFrom.asNode())) {
            for (Node d : objects(dsg, g, article, SCHEMA.datePublished.asNode())) return d;
        }
        return null;
    }

}
