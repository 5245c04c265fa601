package org.standpoint.store;

import org.standpoint.iri.Iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole store as one TriG file and back: every named graph (articles, registry, corrections, vocabulary, link
 * cache) and the stored default graph, if anything was ever written to it.
 *
 * <p>A restore writes one transaction per graph and replaces each graph it names, so a restore that was interrupted
 * can simply be run again. It refuses a database holding a graph the file lacks: the result would not be the dump.
 * The text index is filled by the same writes, so it needs no separate rebuild.
 */
public final class Backup {
    /** What a restore wrote. */
    public record Restored(int graphs, long quads) {
    }

    private Backup() {
    }

    /** Writes every quad of {@code store} to {@code out} as TriG, graph by graph, without holding it all in memory. */
    public static long dump(Store store, OutputStream out) {
        DatasetGraph tdb = store.tdb();
        return Txn.calculateRead(tdb, () -> {
            // One block per graph, so that a restore can write each graph in one transaction as it streams in.
            // TDB2's own find() interleaves graphs, hence the explicit walk.
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            writer.start();
            long quads = 0;
            Iterator<Triple> defaults = tdb.getDefaultGraph().find();
            while (defaults.hasNext()) {
                writer.triple(defaults.next());
                quads++;
            }
            List<Node> graphs = Iter.toList(tdb.listGraphNodes());
            graphs.sort(Comparator.comparing(Node::toString));
            for (Node g : graphs) {
                Iterator<Quad> inGraph = tdb.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (inGraph.hasNext()) {
                    writer.quad(inGraph.next());
                    quads++;
                }
            }
            writer.finish();
            return quads;
        });
    }

    /**
     * Reads a TriG (or N-Quads) dump into {@code store}. The file is parsed once before anything is written, so a
     * broken file changes nothing.
     *
     * @throws IllegalArgumentException when the file is not valid RDF or the store holds graphs the dump lacks
     */
    public static Restored restore(Store store, Path file) {
        Scan scan = scan(file);
        Set<String> extra = new TreeSet<>();
        DatasetGraph tdb = store.tdb();
        Txn.executeRead(tdb, () -> {
            tdb.listGraphNodes().forEachRemaining(g -> {
                if (!scan.graphs.contains(g)) extra.add(g.getURI());
            });
            if (!tdb.getDefaultGraph().isEmpty() && !scan.graphs.contains(Quad.defaultGraphIRI)) extra.add("(default graph)");
        });
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("the database holds graphs the dump does not (" + String.join(", ", extra)
                    + "): restore into an empty database");
        }
        GraphWriter writer = new GraphWriter(store.dataset().asDatasetGraph());
        try {
            if (scan.contiguous) {
                parse(file, writer);
            } else {
                // A hand-made file that returns to a graph after another: gather it in memory first, or a graph would
                // be written in several transactions and a crash between them would leave it partial.
                DatasetGraph all = DatasetGraphFactory.create();
                parse(file, StreamRDFLib.dataset(all));
                all.getDefaultGraph().find().forEachRemaining(writer::triple);
                all.listGraphNodes().forEachRemaining(g -> all.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(writer::quad));
            }
            writer.commit();
        } finally {
            // after a failure: the graph being written is dropped, the ones before it stay (each is whole)
            writer.abandon();
        }
        return new Restored(writer.seen.size(), writer.quads);
    }

    /**
     * The base the dumped database was made with: what its registry graph's name ends with removed, or null when the
     * file has no registry graph. Reading stops at the first quad of that graph.
     */
    public static String base(Path file) {
        String suffix = new Iris("x:/").registryGraph().substring("x:/".length());
        String[] found = {null};
        final class Found extends RuntimeException {
            Found() {
                super(null, null, false, false);
            }
        }
        try {
            parse(file, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    Node g = quad.getGraph();
                    if (g != null && g.isURI() && g.getURI().endsWith(suffix)) {
                        found[0] = g.getURI().substring(0, g.getURI().length() - suffix.length());
                        throw new Found();
                    }
                }
            });
        } catch (Found stop) {
            // the registry graph was met: enough read
        }
        return found[0];
    }

    /** The graphs of a file, and whether each comes as one run of quads (as {@link #dump} writes them). */
    private record Scan(Set<Node> graphs, boolean contiguous) {
    }

    private static Scan scan(Path file) {
        Set<Node> graphs = new HashSet<>();
        boolean[] contiguous = {true};
        parse(file, new StreamRDFBase() {
            private Node current;

            @Override
            public void quad(Quad quad) {
                Node g = graphOf(quad);
                if (g.equals(current)) return;
                current = g;
                if (!graphs.add(g)) contiguous[0] = false;
            }

            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        });
        return new Scan(graphs, contiguous[0]);
    }

    private static void parse(Path file, StreamRDF sink) {
        try (InputStream in = Files.newInputStream(file)) {
            Lang lang = file.toString().endsWith(".nq") ? Lang.NQUADS : Lang.TRIG;
            // silent: the one-line error is the caller's; warnings (odd IRIs from article URLs) are no reason to stop
            RDFParser.source(in).lang(lang).base(null).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not a valid dump: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Node graphOf(Quad quad) {
        return quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
    }

    /** Streams quads, grouped by graph, into the store: one write transaction per graph, which it replaces. */
    private static final class GraphWriter extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Set<Node> seen = new HashSet<>();
        private Node current;
        private long quads;

        GraphWriter(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Node graph = graphOf(quad);
            if (!graph.equals(current)) {
                commit();
                dsg.begin(TxnType.WRITE);
                current = graph;
                if (seen.add(graph)) dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            dsg.add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
            quads++;
        }

        void commit() {
            if (current == null) return;
            current = null;
            try {
                dsg.commit();
            } finally {
                dsg.end();
            }
        }

        void abandon() {
            if (current == null) return;
            current = null;
            dsg.abort();
            dsg.end();
        }
    }
}
