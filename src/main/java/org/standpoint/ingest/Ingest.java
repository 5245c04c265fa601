package org.standpoint.ingest;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.correct.CorrectionGraph;
import org.standpoint.correct.IssueGraph;
import org.standpoint.correct.IssueRegrouping;
import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.rdf.ArticleGraph;
import org.standpoint.rdf.STP;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;
import org.standpoint.resolve.Corrections;
import org.standpoint.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of articles from files to graphs: read → extract (a small pool, a time limit per article) → resolve
 * against what the store knows → map → write, one transaction per article. {@code load}, {@code demo},
 * {@code extract} and the Spark job all go through it, so the command line only parses options. A bad file or
 * article costs itself only: it becomes one {@code error:} line to the {@link Listener}.
 * <pre>{@code
 * LoadSummary s = Ingest.create().into(store, vocabulary).threads(2).listener(progress).build().load(files);
 * }</pre>
 */
public final class Ingest {
    /** Default per-article time limit: an article takes seconds, a pathological text can take hours. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private final Pipeline pipeline;
    private final Store store;
    private final Model vocabulary;
    private final int threads;
    private final Duration articleTimeout;
    private final ArticleReader reader;
    private final Listener listener;
    private Corrections corrections;
    /** The canonical position of the newest article stored, and whether this run wrote one before it. */
    private String newest;
    private boolean outOfOrder;

    private Ingest(Builder b) {
        this.store = b.store;
        this.vocabulary = b.vocabulary;
        this.pipeline = Pipeline.create().base(b.store != null ? b.store.base() : b.base).clock(b.clock).build();
        this.threads = b.threads;
        this.articleTimeout = b.articleTimeout;
        this.reader = new ArticleReader().declaring(b.issue);
        this.listener = b.listener;
    }

    public static Builder create() {
        return new Builder();
    }

    /** One article's graphs, made on their own; {@code registryGraph} names the graph its registry part goes to. */
    public record Standalone(ArticleGraph graph, int statements, String registryGraph) {
    }

    /**
     * One article extracted and mapped on its own: its issues are matched against no other article's, so the graph
     * does not depend on which articles a worker happened to see before it (the Spark job's need). A pipeline is
     * cheap: CoreNLP and the embedding model inside are built once per JVM.
     */
    public static Standalone standalone(String base, Article article) {
        Pipeline pipeline = Pipeline.create().base(base).build();
        Extraction x = pipeline.extract(article);
        return new Standalone(pipeline.map(x), x.statements().size(), pipeline.iris().registryGraph());
    }

    /** Reads, extracts and stores every article of {@code inputs}, in input order. */
    public LoadSummary load(List<Path> inputs) {
        long start = System.nanoTime();
        Tally tally = new Tally();
        begin();
        listener.started(count(inputs));
        try (Stream<Article> stream = reader.read(inputs, e -> tally.error(e.message()))) {
            ordered().run(stream.iterator(), o -> {
                try {
                    if (o.error() != null) {
                        tally.error(o.article().origin() + ": " + o.problem());
                    } else {
                        write(o, tally);
                    }
                } finally {
                    listener.stepped();
                }
            });
        }
        regroupIfOutOfOrder();
        return tally.summary(Duration.ofNanos(System.nanoTime() - start));
    }

    /** What {@link #extract} made; {@code errors} counts the files and articles reported. */
    public record Extracted(List<Extraction> extractions, int errors) {
    }

    /** Reads and extracts every article of {@code inputs}, in input order, without a store. */
    public Extracted extract(List<Path> inputs) {
        List<Extraction> out = new ArrayList<>();
        Tally tally = new Tally();
        try (Stream<Article> articles = reader.read(inputs, e -> tally.error(e.message()))) {
            ordered().run(articles.iterator(), o -> {
                if (o.error() == null) out.add(o.extraction());
                else tally.error(o.article().origin() + ": " + o.problem());
            });
        }
        return new Extracted(List.copyOf(out), tally.errors);
    }

    /** All graphs the extractions would write, as one in-memory dataset (the registry merged). */
    public Dataset toDataset(List<Extraction> extractions) {
        return pipeline.toDataset(extractions);
    }

    /**
     * Resolves, maps and writes one extraction made earlier, in its own transaction; returns what it added to the
     * registry. Call it in the order articles should be resolved in: issues are matched against those stored before.
     */
    public Model store(Extraction x) {
        begin();
        ArticleGraph g = pipeline.map(x, corrections);
        store().writeArticle(g.graphIri(), g.article(), g.registry());
        String position = IssueRegrouping.position(x.article().date(), x.article().key());
        if (position.compareTo(newest) < 0) outOfOrder = true;
        else newest = position;
        return g.registry();
    }

    /**
     * Issues are grouped as if articles came oldest first (the first founds and names a concept). When this run
     * stored an article older than one stored before it, groups every stored issue again in that order, so the
     * store's grouping never depends on the order its articles came in; {@link #load} calls it at its end.
     */
    public void regroupIfOutOfOrder() {
        if (!outOfOrder) return;
        IssueRegrouping.Result r = new IssueRegrouping(store()).run();
        outOfOrder = false;
        newest = new IssueRegrouping(store).newest();
        pipeline.knownIssues(new IssueGraph(store).concepts(), new IssueGraph(store).corrections());
        listener.say(String.format("articles came out of date order: %d article issues grouped again oldest first (%d issues, %d moved)",
                r.readings(), r.concepts(), r.moved()));
    }

    /** Whether every article in {@code inputs} is already in the store (reading is cheap; extraction is not). */
    public boolean stored(List<Path> inputs) {
        ReadResult read = reader.readAll(inputs);
        if (!read.errors().isEmpty() || read.articles().isEmpty()) return false;
        return Txn.calculateRead(store().dataset(), () -> read.articles().stream().allMatch(a ->
                store.dataset().asDatasetGraph().containsGraph(NodeFactory.createURI(store.iris().articleGraph(a.key())))));
    }

    /**
     * Before the first article: the vocabulary, and the corrections every article of the run resolves under (only
     * the correction commands change them, and they cannot run while the database is open here).
     */
    private void begin() {
        if (corrections != null) return;
        store().loadVocabulary(vocabulary);
        corrections = new CorrectionGraph(store.iris()).read(store.corrections());
        IssueGraph issues = new IssueGraph(store);
        pipeline.knownIssues(issues.concepts(), issues.corrections());
        newest = new IssueRegrouping(store).newest();
    }

    private Store store() {
        if (store == null) throw new IllegalStateException("this ingest has no store: build it with into(store, vocabulary)");
        return store;
    }

    private void write(OrderedExtraction.Outcome o, Tally tally) {
        Model registry;
        try {
            registry = store(o.extraction());
        } catch (RuntimeException | InternalError e) {
            // InternalError: what the JVM throws when a write to TDB2's memory-mapped files finds the disk full
            tally.error(o.article().origin() + ": cannot store: " + Problems.storage(e));
            return;
        }
        tally.stored(o.extraction(), registry);
    }

    private OrderedExtraction ordered() {
        return new OrderedExtraction(pipeline::extract, threads, articleTimeout, () -> {
            if (!NlpPipeline.loaded()) listener.say("loading the language models (CoreNLP: 30 s to 2 min, once per run)...");
            NlpPipeline.get();
        });
    }

    /** Reading is cheap next to extraction (seconds per article), so a first pass sizes the progress bar. */
    private long count(List<Path> inputs) {
        try (Stream<Article> stream = reader.read(inputs, e -> { })) {
            return stream.count();
        }
    }

    /**
     * One run's counts; errors are said as they happen. People and organisations are distinct IRIs across the run
     * (an organisation being an {@code org:Organization} that is not an office), so one person quoted in ten
     * articles counts once.
     */
    private final class Tally {
        private int articles;
        private int statements;
        private int errors;
        private final Set<String> people = new HashSet<>();
        private final Set<String> organisations = new HashSet<>();

        void error(String line) {
            errors++;
            listener.say("error: " + line);
        }

        void stored(Extraction x, Model registry) {
            articles++;
            statements += x.statements().size();
            registry.listSubjectsWithProperty(RDF.type, FOAF.Person).forEach(r -> people.add(r.getURI()));
            registry.listSubjectsWithProperty(RDF.type, ORG.Organization).forEach(r -> {
                if (!r.hasProperty(RDF.type, STP.Office)) organisations.add(r.getURI());
            });
        }

        LoadSummary summary(Duration elapsed) {
            return new LoadSummary(articles, statements, people.size(), organisations.size(), errors, elapsed);
        }
    }

    public static final class Builder {
        private String base = Iris.DEFAULT_BASE;
        private Store store;
        private Model vocabulary;
        private int threads = 2;
        private Duration articleTimeout = DEFAULT_TIMEOUT;
        private String issue;
        private Listener listener = Listener.SILENT;
        private Clock clock = Clock.systemUTC();

        /** The base of the data IRIs, when there is no store (a store brings its own). */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        /** Where {@link #load} writes, and the vocabulary it puts there once per run. */
        public Builder into(Store store, Model vocabulary) {
            this.store = Objects.requireNonNull(store);
            this.vocabulary = Objects.requireNonNull(vocabulary);
            return this;
        }

        /** Articles extracted in parallel (the writer is always one). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder articleTimeout(Duration timeout) {
            this.articleTimeout = timeout;
            return this;
        }

        /** The issue of every article that does not declare its own; null for none. */
        public Builder declaring(String issue) {
            this.issue = issue;
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /** The time stamped on provenance; fixed in tests so two runs write identical graphs. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Ingest build() {
            return new Ingest(this);
        }
    }
}
