package org.standpoint.link;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.DBR;
import org.standpoint.rdf.PROV;
import org.standpoint.rdf.STP;
import org.standpoint.rdf.WD;
import org.standpoint.store.Store;

/**
 * Writes a run's outcome in one transaction: for each decided actor its old links go and the new ones come (an
 * {@link STP#Link} per candidate; {@code owl:sameAs} to the Wikidata item and the DBpedia resource for the accepted
 * one), and the run's new endpoint answers join the cache graph. Either all of it is stored or none.
 */
final class LinkWriter {
    private final Store store;
    private final LinkGraphs iris;
    private final String endpoint;

    LinkWriter(Store store, LinkGraphs iris, String endpoint) {
        this.store = store;
        this.iris = iris;
        this.endpoint = endpoint;
    }

    void write(List<Decision> decisions, Map<String, String> answers, Instant now) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node registry = uri(store.iris().registryGraph());
        Node cache = uri(iris.cacheGraph());
        Node time = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
        Node software = uri(store.iris().software());
        Txn.executeWrite(dsg, () -> {
            for (Decision d : decisions) {
                Node actor = uri(d.actor().iri());
                forget(dsg, registry, actor);
                for (Scored s : d.candidates()) {
                    Node link = uri(iris.link(d.actor().iri(), s.qid()));
                    Node item = uri(WD.ENTITY + s.qid());
                    add(dsg, registry, link, RDF.type.asNode(), STP.Link.asNode());
                    add(dsg, registry, link, RDF.type.asNode(), PROV.Entity.asNode());
                    add(dsg, registry, link, STP.linkOf.asNode(), actor);
                    add(dsg, registry, link, STP.linkTarget.asNode(), item);
                    add(dsg, registry, link, STP.confidence.asNode(), NodeFactory.createLiteralDT(
                            BigDecimal.valueOf(s.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
                    add(dsg, registry, link, STP.accepted.asNode(), NodeFactory.createLiteralDT(
                            Boolean.toString(s == d.accepted()), XSDDatatype.XSDboolean));
                    for (String e : s.evidence()) add(dsg, registry, link, STP.evidence.asNode(), NodeFactory.createLiteralString(e));
                    add(dsg, registry, link, PROV.generatedAtTime.asNode(), time);
                    add(dsg, registry, link, PROV.wasAttributedTo.asNode(), software);
                    add(dsg, registry, link, PROV.wasDerivedFrom.asNode(), uri(endpoint));
                    if (s == d.accepted()) {
                        add(dsg, registry, actor, OWL.sameAs.asNode(), item);
                        if (s.candidate().enwiki() != null)
                            add(dsg, registry, actor, OWL.sameAs.asNode(), uri(DbpediaIri.of(s.candidate().enwiki())));
                    }
                }
            }
            answers.forEach((key, answer) -> {
                Node entry = uri(iris.cacheEntry(key));
                dsg.deleteAny(cache, entry, Node.ANY, Node.ANY);
                add(dsg, cache, entry, RDF.type.asNode(), STP.CachedAnswer.asNode());
                add(dsg, cache, entry, STP.cacheKey.asNode(), NodeFactory.createLiteralString(key));
                add(dsg, cache, entry, STP.answer.asNode(), NodeFactory.createLiteralString(answer));
                add(dsg, cache, entry, PROV.generatedAtTime.asNode(), time);
            });
        });
    }

    /** Drops the actor's earlier links: its Link records and its sameAs to Wikidata and DBpedia (not others'). */
    private static void forget(DatasetGraph dsg, Node registry, Node actor) {
        List<Quad> drop = new ArrayList<>();
        dsg.find(registry, Node.ANY, STP.linkOf.asNode(), actor).forEachRemaining(q ->
                dsg.find(registry, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(drop::add));
        dsg.find(registry, actor, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && (o.getURI().startsWith(WD.ENTITY) || o.getURI().startsWith(DBR.NS))) drop.add(q);
        });
        drop.forEach(dsg::delete);
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(g, s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
