package org.standpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.LoggerFactory;
import org.standpoint.iri.Iris;
import org.standpoint.rdf.STP;

/**
 * The knowledge graph on disk: a TDB2 database with a Lucene label index ({@link LabelIndex}) kept in step with it.
 *
 * <p>Layout of a store directory {@code DIR}: TDB2's own files directly in {@code DIR}, the Lucene index in
 * {@code DIR/text}. Writes go through the text-indexing wrapper, so the index changes in the same transaction as
 * the triples and an aborted write leaves neither behind. (Commit itself is not two-phase across TDB2 and Lucene:
 * a process killed in the middle of one can leave the index out of step with the triples. A marker file,
 * {@value #INDEX_PENDING}, exists while a write may be committing ({@link GuardedTextDataset}); finding it on open
 * means a writer died there, and the index is rebuilt from the triples before the store is used.)
 *
 * <p>Queries see the union of all named graphs as their default graph (docs/data-model.md), so a query needs
 * {@code GRAPH} only when the article a triple came from matters.
 */
public final class Store implements AutoCloseable {
    /** Name of the Lucene index directory inside a store directory. */
    public static final String TEXT_DIR = "text";
    /** Name of the marker file, inside a store directory, that exists while a write transaction may be committing. */
    public static final String INDEX_PENDING = "text-index-pending";

    private final Dataset dataset;
    private final DatasetGraph tdb;
    private final Node registry;
    private final Node vocab;
    private final Iris iris;
    private final TextIndex index;
    private final Node corrections;
    private final PositionIndex positions;
    private final RoleSightings roles;
    private final boolean indexRebuilt;
    private final boolean statisticsRewritten;

    /** @param marker the {@value #INDEX_PENDING} file of a store on disk, null in memory */
    private Store(DatasetGraph tdb, Directory textDirectory, String base, Path marker) {
        this.tdb = tdb;
        this.iris = new Iris(base);
        this.registry = Graphs.node(iris.registryGraph());
        this.vocab = Graphs.node(iris.vocabGraph());
        this.corrections = Graphs.node(iris.correctionsGraph());
        this.positions = new PositionIndex(iris);
        this.roles = new RoleSightings(Graphs.node(iris.positionsGraph()));
        this.index = LabelIndex.create(textDirectory);
        DatasetGraph indexed = new GuardedTextDataset(tdb, index, marker);
        // as TextDatasetFactory does: text:query finds its index through the context
        indexed.getContext().set(TextQuery.textIndex, index);
        this.dataset = DatasetFactory.wrap(indexed);
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.indexRebuilt = marker != null && Files.exists(marker);
        if (indexRebuilt) LabelIndex.rebuild(index, tdb, marker);
        this.statisticsRewritten = marker != null && addDerivedDataIfMissing();
    }

    /**
     * A database written before the positions graph existed (or before it held its newest terms: recent statements,
     * role sightings) gets it on first open, once: one pass over the statements and memberships, a few minutes for
     * 100,000 articles. The optimizer statistics, when the database has them, are written again, and the caller
     * opens the database anew so that the planner counts the new predicates.
     *
     * @return whether the statistics were rewritten
     */
    private boolean addDerivedDataIfMissing() {
        boolean missing = Txn.calculateRead(tdb, () ->
                (has(RDF.type, STP.Statement.asNode()) && !has(STP.recentStatement, null))
                || (has(ORG.member, null) && !has(STP.sightingCount, null)));
        if (!missing) return false;
        rebuildDerivedData();
        if (!Statistics.exist(tdb)) return false;
        Statistics.write(tdb);
        return true;
    }

    /** The positions graph from the statements and memberships stored, in one transaction. */
    private void rebuildDerivedData() {
        Txn.executeWrite(tdb, () -> {
            positions.rebuild(tdb);
            roles.rebuild(tdb);
        });
    }

    /** Whether some quad has this predicate (and this object, unless null). */
    private boolean has(Property predicate, Node object) {
        return tdb.find(Node.ANY, Node.ANY, predicate.asNode(), object == null ? Node.ANY : object).hasNext();
    }

    /** Opens the store in {@code directory}, creating it when absent; data IRIs under {@link Graphs#DEFAULT_BASE}. */
    public static Store open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the store in {@code directory}, creating it when absent.
     *
     * @param base the base of the data IRIs, or null for the one the database was made with ({@link RecordedBase})
     * @throws IllegalArgumentException when {@code base} disagrees with the database's
     */
    public static Store open(Path directory, String base) {
        Objects.requireNonNull(directory, "directory");
        boolean newDatabase = !exists(directory);
        String resolved = RecordedBase.resolve(directory, base);
        Store store = openRepaired(directory, resolved);
        try {
            RecordedBase.recordIfAbsent(directory, store.base(), newDatabase, base != null);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Whether {@code directory} holds anything (a database, or what is left of one): a missing or empty folder does not. */
    public static boolean exists(Path directory) {
        if (!Files.isDirectory(directory)) return false;
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private static Store openRepaired(Path directory, String base) {
        // a process killed while writing its journal: the unfinished transaction goes, the committed ones stay
        long dropped = TornJournal.repairIfUnused(directory);
        if (dropped > 0) {
            LoggerFactory.getLogger(Store.class).warn("{}: dropped {} bytes of an unfinished transaction from the journal",
                    directory, dropped);
        }
        return openOnce(directory, base);
    }

    private static Store openOnce(Path directory, String base) {
        Directory text = null;
        try {
            createIfAbsent(directory);
            text = FSDirectory.open(directory.resolve(TEXT_DIR));
            Store store = new Store(DatabaseMgr.connectDatasetGraph(directory.toString()), text, base,
                    directory.resolve(INDEX_PENDING));
            if (!store.statisticsRewritten) return store;
            // TDB2 reads the statistics only when it opens a database: with the old ones it would take the new
            // predicates for rare and start queries at them (seconds, not milliseconds, at 100,000 articles)
            store.close();
            return openOnce(directory, base);
        } catch (IOException e) {
            closeQuietly(text);
            throw new UncheckedIOException("Cannot open store in " + directory, e);
        } catch (RuntimeException e) {
            // Typically Lucene's write lock: the store is open elsewhere. The TDB2 database is left alone, since
            // within one JVM it is shared with that other Store.
            closeQuietly(text);
            throw new IllegalStateException("Cannot open store in " + directory + " (is it open elsewhere?)", e);
        }
    }

    /**
     * A new database is formatted in a sibling directory and renamed into place: a process killed while TDB2 writes
     * its first files would otherwise leave a directory that looks like a database but cannot be written to.
     */
    private static void createIfAbsent(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) return;
            }
        }
        Path parent = directory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path draft = parent.resolve(directory.getFileName() + ".creating");
        deleteTree(draft);
        DatasetGraph formatted = DatabaseMgr.connectDatasetGraph(draft.toString());
        Txn.executeWrite(formatted, () -> { });
        TDBInternal.expel(formatted);
        Files.move(draft, directory, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException | RuntimeException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    /** A store that lives and dies with the JVM: same engine, same index, no files. For tests and one-off runs. */
    public static Store inMemory() {
        return inMemory(Iris.DEFAULT_BASE);
    }

    public static Store inMemory(String base) {
        return new Store(DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory(), base, null);
    }

    /** Whether opening found the index out of step after a crash and rebuilt it from the triples. */
    public boolean indexRebuilt() {
        return indexRebuilt;
    }

    /** The base data IRIs are minted under, always ending in a separator. */
    public String base() {
        return iris.base();
    }

    /** The IRIs and graph names of this store's base. */
    public Iris iris() {
        return iris;
    }

    /** A copy of the user's corrections (merges, splits), read in one transaction: what every load resolves against. */
    public Model corrections() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Model copy = ModelFactory.createDefaultModel();
            Iterator<Quad> quads = dsg.find(corrections, Node.ANY, Node.ANY, Node.ANY);
            try {
                quads.forEachRemaining(q -> copy.getGraph().add(q.asTriple()));
            } finally {
                Iter.close(quads);
            }
            return copy;
        });
    }

    /**
     * Replaces the graph of one article and adds what it taught the registry, in one write transaction: the old
     * article graph is dropped, the new one added, and the registry triples added (never removed: other articles may
     * rely on them). Running it twice with the same input leaves the store unchanged. If anything fails the
     * transaction aborts and the store, index included, is as before.
     */
    public void writeArticle(String articleGraphIri, Model articleGraph, Model registryAdditions) {
        Node graph = Graphs.node(Objects.requireNonNull(articleGraphIri, "articleGraphIri"));
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                // a first write only adds: the derived data grows by this article's statements and sightings alone
                replace(dsg, graph, articleGraph);
                if (registryAdditions != null) add(dsg, registry, registryAdditions.getGraph());
                positions.add(dsg, graph);
                roles.add(dsg, graph);
                return;
            }
            Set<PositionIndex.Key> touched = positions.keysIn(dsg, graph);
            Set<Node> memberships = roles.in(dsg, graph);
            replace(dsg, graph, articleGraph);
            if (registryAdditions != null) add(dsg, registry, registryAdditions.getGraph());
            touched.addAll(positions.keysIn(dsg, graph));
            memberships.addAll(roles.in(dsg, graph));
            positions.refresh(dsg, touched);
            roles.refresh(dsg, memberships);
        });
    }

    /**
     * Removes one article's graph in one write transaction, and with it its statements from the positions graph and
     * its memberships from the role sightings. The registry keeps its actors: other articles may name them. Returns
     * whether the store held the article.
     */
    public boolean removeArticle(String articleGraphIri) {
        Node graph = Graphs.node(Objects.requireNonNull(articleGraphIri, "articleGraphIri"));
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) return false;
            Set<PositionIndex.Key> touched = positions.keysIn(dsg, graph);
            Set<Node> memberships = roles.in(dsg, graph);
            replace(dsg, graph, null);
            positions.refresh(dsg, touched);
            roles.refresh(dsg, memberships);
            return true;
        });
    }

    /**
     * Recomputes the positions and role sightings of these actors and issues from the statements now stored: for a
     * correction that renamed them (a merge, a split). Joins the caller's write transaction, so the correction and
     * what it changed in the positions graph commit together.
     */
    public void refreshPositions(Collection<String> holders, Collection<String> issues) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            List<Node> actors = holders.stream().map(Graphs::node).toList();
            positions.refresh(dsg, positions.keysOf(dsg, actors, issues.stream().map(Graphs::node).toList()));
            roles.refresh(dsg, roles.of(dsg, actors));
        });
    }

    /**
     * Compacts the database: TDB2 keeps every version of every changed block until it is compacted, so a store that
     * articles were loaded into again and again grows without bound (3.9 GB for 120,000 quads, whose dump is 13 MB).
     * Copies the live data into a new generation and deletes the old one; readers of this JVM carry on. The optimizer
     * statistics, when the database has them, are written again for the new generation.
     */
    public void compact() {
        boolean statistics = Statistics.exist(tdb);
        DatabaseMgr.compact(tdb, true);
        if (statistics) Statistics.write(tdb);
    }

    /** Replaces the vocabulary graph (ontology and SKOS schemes) with {@code vocabulary}. */
    public void loadVocabulary(Model vocabulary) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> replace(dsg, vocab, vocabulary));
    }

    /** Number of quads in all graphs, the stored default graph included. */
    public long quadCount() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /**
     * The dataset to query (in a read transaction) and to serve. Writing through it keeps the index current but
     * bypasses the graph discipline of {@link #writeArticle}; prefer the write methods.
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Bulk-loads N-Quads files (plain or {@code .gz}) with TDB2's parallel loader, then indexes the labels they
     * hold, derives the positions graph (positions, rankings, role sightings) and writes the optimizer statistics
     * ({@link Statistics}). Only into an empty store: the loader writes below the text wrapper and outside the
     * one-graph-per-article replacement of {@link #writeArticle}, so on existing data it could leave stale triples
     * and index entries.
     *
     * @return the number of quads loaded and how long each step took
     */
    public BulkLoad bulkLoad(List<Path> nquadsFiles) {
        if (Txn.calculateRead(tdb, () -> tdb.find().hasNext())) {
            throw new IllegalStateException("bulk loading needs an empty database; this one holds data");
        }
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(tdb, (format, args) -> { });
        loader.startBulk();
        try {
            for (Path f : nquadsFiles) RDFParser.source(f).lang(Lang.NQUADS).parse(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long loaded = System.nanoTime();
        Txn.executeWrite(dataset.asDatasetGraph(), () -> LabelIndex.addAll(tdb, index));
        long labelled = System.nanoTime();
        // a database that stops between the two gets its positions on the next open (addDerivedDataIfMissing)
        rebuildDerivedData();
        long derived = System.nanoTime();
        Statistics.write(tdb);
        return new BulkLoad(loader.countQuads(), Duration.ofNanos(loaded - start), Duration.ofNanos(labelled - loaded),
                Duration.ofNanos(derived - labelled), Duration.ofNanos(System.nanoTime() - derived));
    }

    /** The TDB2 database without the index wrapper: for reading everything at once (a dump) and rebuilding the index. */
    DatasetGraph tdb() {
        return tdb;
    }

    @Override
    public void close() {
        dataset.close();
        // TDB2 caches open databases per location; expelling lets the same directory be reopened cleanly.
        TDBInternal.expel(tdb);
    }

    private static void replace(DatasetGraph dsg, Node graph, Model content) {
        // deleteAny, not removeGraph: the text wrapper sees each deleted quad and drops its index entry.
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        if (content != null) add(dsg, graph, content.getGraph());
    }

    private static void add(DatasetGraph dsg, Node graph, Graph content) {
        Iterator<Triple> triples = content.find();
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            }
        } finally {
            Iter.close(triples);
        }
    }
}
