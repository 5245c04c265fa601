package org.standpoint.correct;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.standpoint.correct.CorrectionGraph;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.SCHEMA;
import org.standpoint.rdf.STP;
import org.standpoint.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a user's identity corrections to a store, in one write transaction each: the correction goes to the
 * corrections graph (so every later load resolves under it, see {@link Resolver}) and what is stored now is rewritten
 * to match what a reload would write: the actor IRI, and the memberships minted from it.
 */
public final class Corrector {
    private final Store store;
    private final Iris iris;
    private final CorrectionGraph encoding;
    private final Node corrections;
    private final Node registry;

    public Corrector(Store store) {
        this.store = store;
        this.iris = store.iris();
        this.encoding = new CorrectionGraph(iris);
        this.corrections = uri(iris.correctionsGraph());
        this.registry = uri(iris.registryGraph());
    }

    /** {@code from} becomes {@code into} everywhere, and in every article loaded later. */
    public void merge(String into, String from) {
        if (into.equals(from)) throw new IllegalArgumentException("cannot merge " + from + " into itself");
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            String intoKind = kind(dsg, into);
            String fromKind = kind(dsg, from);
            String target = encoding.read(graph(dsg, corrections)).mergedTarget(into);
            if (!target.equals(into)) {
                throw new IllegalArgumentException(into + " was itself merged into " + target + "; merge into that");
            }
            if (!intoKind.equals(fromKind)) {
                throw new IllegalArgumentException("cannot merge " + fromKind + " " + from + " into " + intoKind + " " + into);
            }
            Set<Node> labels = objects(dsg, registry, uri(into), RDFS.label.asNode());
            add(dsg, corrections, encoding.merge(from, into));
            Predicate<Node> scope = g -> g.equals(registry) || isArticleGraph(g);
            rename(dsg, scope, Map.of(uri(from), uri(into)));
            keepCanonicalLabel(dsg, uri(into), labels);
            store.refreshPositions(List.of(from, into), List.of());
        });
    }

    /**
     * The mentions of {@code actor} in the given articles denote another actor: {@code into}, or when null a new one
     * named after the first article. Returns the IRI they now resolve to.
     */
    public String split(String actor, List<String> articleKeys, String into) {
        if (articleKeys.isEmpty()) throw new IllegalArgumentException("name at least one article to split off");
        List<String> keys = articleKeys.stream().sorted().distinct().toList();
        String target = into != null ? into : iris.splitActor(actor, keys.get(0));
        if (target.equals(actor)) throw new IllegalArgumentException("cannot split " + actor + " into itself");
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            Set<Node> graphs = new HashSet<>();
            for (String key : keys) {
                Node graph = uri(iris.articleGraph(key));
                if (!dsg.contains(graph, uri(iris.article(key)), SCHEMA.mentions.asNode(), uri(actor))) {
                    throw new IllegalArgumentException("article " + key + " does not mention " + actor);
                }
                graphs.add(graph);
                add(dsg, corrections, encoding.split(actor, key, target));
            }
            describeLike(dsg, uri(target), uri(actor), keys);
            rename(dsg, graphs::contains, Map.of(uri(actor), uri(target)));
            store.refreshPositions(List.of(actor, target), List.of());
        });
        return target;
    }

    /** "person", "organisation", "group" or "document", from the actor's types in any graph; unknown IRIs are refused. */
    private static String kind(DatasetGraph dsg, String iri) {
        Set<Node> types = new HashSet<>();
        Iter.iter(dsg.find(Node.ANY, uri(iri), RDF.type.asNode(), Node.ANY)).forEach(q -> types.add(q.getObject()));
        if (types.contains(FOAF.Person.asNode())) return "person";
        if (types.contains(ORG.Organization.asNode())) return "organisation";
        if (types.contains(FOAF.Group.asNode())) return "group";
        if (types.contains(SCHEMA.CreativeWork.asNode())) return "document";
        throw new IllegalArgumentException("no actor " + iri + " in the database");
    }

    private boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(iris.articleGraph(""));
    }

    /**
     * Renames actors in the graphs in scope, and with them the memberships whose IRI was minted from an actor (member
     * or organisation), so the store holds what loading its articles again would write.
     */
    private void rename(DatasetGraph dsg, Predicate<Node> scope, Map<Node, Node> actors) {
        Map<Node, Node> renames = new HashMap<>(actors);
        for (Node actor : actors.keySet()) {
            for (Node p : List.of(ORG.member.asNode(), ORG.organization.asNode())) {
                for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, p, actor))) {
                    if (scope.test(q.getGraph())) renames.put(q.getSubject(), membership(dsg, q.getGraph(), q.getSubject(), actors));
                }
            }
        }
        List<Quad> old = new ArrayList<>();
        for (Node from : renames.keySet()) {
            Iter.iter(dsg.find(Node.ANY, from, Node.ANY, Node.ANY)).filter(q -> scope.test(q.getGraph())).forEach(old::add);
            Iter.iter(dsg.find(Node.ANY, Node.ANY, Node.ANY, from)).filter(q -> scope.test(q.getGraph())).forEach(old::add);
        }
        for (Quad q : old) dsg.delete(q);
        for (Quad q : old) {
            dsg.add(q.getGraph(), renames.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    renames.getOrDefault(q.getObject(), q.getObject()));
        }
    }

    private Node membership(DatasetGraph dsg, Node graph, Node membership, Map<Node, Node> actors) {
        Node member = one(dsg, graph, membership, ORG.member.asNode());
        Node org = one(dsg, graph, membership, ORG.organization.asNode());
        Node role = one(dsg, graph, membership, ORG.role.asNode());
        if (member == null || role == null) return membership;
        member = actors.getOrDefault(member, member);
        org = org == null ? null : actors.getOrDefault(org, org);
        String roleSlug = role.getURI().substring(role.getURI().lastIndexOf('/') + 1);
        return uri(iris.membership(member.getURI(), org == null ? null : org.getURI(), roleSlug));
    }

    /** After a merge the target keeps the name it had; every other name it took over is an alternative label. */
    private void keepCanonicalLabel(DatasetGraph dsg, Node actor, Set<Node> canonical) {
        Set<Node> labels = objects(dsg, registry, actor, RDFS.label.asNode());
        if (canonical.isEmpty()) return;
        for (Node label : labels) {
            if (canonical.contains(label)) continue;
            dsg.delete(registry, actor, RDFS.label.asNode(), label);
            dsg.add(registry, actor, SKOS.altLabel.asNode(), label);
        }
        for (Node label : canonical) dsg.delete(registry, actor, SKOS.altLabel.asNode(), label);
    }

    /** A new actor split off another starts with its types, name and honorific; a later load adds its own aliases. */
    /**
     * A new split-off actor is the source's kind, named as the source with what tells them apart: the role the split
     * articles give it ("Lord Harris (chair, Carpetright)"), else the first article's headline. Two actors both
     * labelled "Theresa May" could not be told apart on a page or in a query result.
     */
    private void describeLike(DatasetGraph dsg, Node target, Node source, List<String> keys) {
        if (dsg.contains(registry, target, RDF.type.asNode(), Node.ANY)) return;
        for (Node p : List.of(RDF.type.asNode(), SCHEMA.honorificPrefix.asNode())) {
            for (Node o : objects(dsg, registry, source, p)) dsg.add(registry, target, p, o);
        }
        for (Node label : objects(dsg, registry, source, RDFS.label.asNode())) {
            String apart = label.getLiteralLexicalForm() + " (" + distinction(dsg, source, keys) + ")";
            dsg.add(registry, target, RDFS.label.asNode(), NodeFactory.createLiteralString(apart));
            dsg.add(registry, target, SKOS.altLabel.asNode(), label);
        }
    }

    private String distinction(DatasetGraph dsg, Node actor, List<String> keys) {
        for (String key : keys) {
            Node graph = uri(iris.articleGraph(key));
            for (Quad q : Iter.toList(dsg.find(graph, Node.ANY, ORG.member.asNode(), actor))) {
                Node role = one(dsg, graph, q.getSubject(), ORG.role.asNode());
                Node org = one(dsg, graph, q.getSubject(), ORG.organization.asNode());
                String roleLabel = role == null ? null : lexical(one(dsg, registry, role, SKOS.prefLabel.asNode()));
                String orgLabel = org == null ? null : lexical(one(dsg, registry, org, RDFS.label.asNode()));
                if (roleLabel != null) return orgLabel == null ? roleLabel : roleLabel + ", " + orgLabel;
            }
        }
        String headline = lexical(one(dsg, uri(iris.articleGraph(keys.get(0))),
                uri(iris.article(keys.get(0))), SCHEMA.headline.asNode()));
        return headline != null ? "in “" + headline + "”" : "article " + keys.get(0);
    }

    private static String lexical(Node literal) {
        return literal == null || !literal.isLiteral() ? null : literal.getLiteralLexicalForm();
    }

    private static Node one(DatasetGraph dsg, Node graph, Node s, Node p) {
        Set<Node> all = objects(dsg, graph, s, p);
        return all.isEmpty() ? null : all.iterator().next();
    }

    private static Set<Node> objects(DatasetGraph dsg, Node graph, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        Iter.iter(dsg.find(graph, s, p, Node.ANY)).forEach(q -> out.add(q.getObject()));
        return out;
    }

    private static Model graph(DatasetGraph dsg, Node graph) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        Iter.iter(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)).forEach(q -> m.getGraph().add(q.asTriple()));
        return m;
    }

    private static void add(DatasetGraph dsg, Node graph, Model triples) {
        for (Triple t : triples.getGraph().find().toList()) dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
