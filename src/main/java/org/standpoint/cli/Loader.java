package org.standpoint.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.standpoint.correct.CorrectionGraph;
import org.standpoint.correct.IssueGraph;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.rdf.ArticleGraph;
import org.standpoint.rdf.STP;
import org.standpoint.read.ArticleReader;
import org.standpoint.resolve.Corrections;
import org.standpoint.store.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code load} work: articles from files through the pipeline into a store, one transaction per article, the
 * vocabulary once per run. A bad file or article costs itself only: it becomes one line on the error channel.
 */
final class Loader {
    private final Pipeline pipeline;
    private final Store store;
    private final int threads;
    private final Progress progress;
    private final Duration articleTimeout;
    private final ArticleReader reader;

    private int articles;
    private int statements;
    private int errors;
    private final Set<String> people = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private Corrections corrections = Corrections.none();

    Loader(Pipeline pipeline, Store store, int threads, Duration articleTimeout, Progress progress) {
        this(pipeline, store, threads, articleTimeout, progress, null);
    }

    /** @param issue declared for every article that does not declare its own, or null */
    Loader(Pipeline pipeline, Store store, int threads, Duration articleTimeout, Progress progress, String issue) {
        this.reader = new ArticleReader().declaring(issue);
        this.pipeline = pipeline;
        this.store = store;
        this.threads = threads;
        this.articleTimeout = articleTimeout;
        this.progress = progress;
    }

    LoadSummary load(List<Path> inputs) {
        long start = System.nanoTime();
        begin();
        progress.start("load", count(inputs));
        try (Stream<Article> stream = reader.read(inputs, e -> error(e.message()))) {
            new OrderedExtraction(pipeline::extract, threads, articleTimeout, OrderedExtraction.loadModels(progress::println)).run(stream.iterator(), this::write);
        } finally {
            progress.close();
        }
        return new LoadSummary(articles, statements, people.size(), organisations.size(), errors,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Before the first article: the vocabulary, and the corrections every article of the run resolves under (only the
     * correction commands change them, and they cannot run while the database is open here).
     */
    void begin() {
        store.loadVocabulary(Bundled.vocabulary());
        corrections = new CorrectionGraph(pipeline.iris()).read(store.corrections());
        IssueGraph issues = new IssueGraph(store);
        pipeline.knownIssues(issues.concepts(), issues.corrections());
    }

    /** Resolves, maps and stores one extraction in its own transaction; returns what it added to the registry. */
    Model store(Extraction x) {
        ArticleGraph g = pipeline.map(x, corrections);
        store.writeArticle(g.graphIri(), g.article(), g.registry());
        return g.registry();
    }

    /** Reading is cheap next to extraction (seconds per article), so a first pass sizes the bar. */
    private long count(List<Path> inputs) {
        try (Stream<Article> stream = reader.read(inputs, e -> { })) {
            return stream.count();
        }
    }

    private void write(OrderedExtraction.Outcome o) {
        try {
            if (o.error() != null) {
                error(o.article().origin() + ": " + o.problem());
                return;
            }
            Model registry;
            try {
                registry = store(o.extraction());
            } catch (RuntimeException | InternalError e) {
                // InternalError: what the JVM throws when a write to TDB2's memory-mapped files finds the disk full
                error(o.article().origin() + ": cannot store: " + storageProblem(e));
                return;
            }
            articles++;
            statements += o.extraction().statements().size();
            count(registry);
        } finally {
            progress.step();
        }
    }

    /** One line; a full disk said plainly, whichever layer (TDB2, Lucene) met it first. */
    static String storageProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || t instanceof InternalError && m.contains("unsafe memory access")) {
                return "no space left on the database's disk (the article is not stored; the database keeps the articles"
                        + " stored before it)";
            }
        }
        return OrderedExtraction.oneLine(e);
    }

    private void count(Model registry) {
        registry.listSubjectsWithProperty(RDF.type, FOAF.Person).forEach(r -> people.add(r.getURI()));
        registry.listSubjectsWithProperty(RDF.type, ORG.Organization).forEach((Resource r) -> {
            if (!r.hasProperty(RDF.type, STP.Office)) organisations.add(r.getURI());
        });
    }

    private void error(String line) {
        errors++;
        progress.println("error: " + line);
    }
}
