package org.standpoint.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.standpoint.extract.Extractor;
import org.standpoint.iri.Iris;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.IssueConcept;
import org.standpoint.model.IssueCorrections;
import org.standpoint.rdf.ArticleGraph;
import org.standpoint.rdf.GraphMapper;
import org.standpoint.resolve.Corrections;
import org.standpoint.resolve.IssueMatcher;
import org.standpoint.resolve.Resolver;

import java.time.Clock;
import java.util.List;

/**
 * The stages wired in order, read → annotate/extract → resolve → map, assembled by one fluent builder. The
 * store and server take the {@link ArticleGraph}s it produces.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Resolver resolver;
    private final GraphMapper mapper;
    private final Clock clock;
    private final Iris iris;
    private final IssueMatcher issues;

    private Pipeline(Builder b) {
        this.iris = new Iris(b.base);
        this.extractor = new Extractor();
        this.resolver = new Resolver(iris);
        this.mapper = new GraphMapper(iris, Version.current());
        this.issues = new IssueMatcher(iris);
        this.clock = b.clock;
    }

    public static Builder create() {
        return new Builder();
    }

    public Iris iris() {
        return iris;
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /**
     * Resolves and maps one article. Issues are matched against the concepts known so far, so call it in the order
     * articles should be resolved in (the loader's input order).
     */
    public ArticleGraph map(Extraction x) {
        return map(x, Corrections.none());
    }

    /**
     * Maps an extraction with its actors resolved under a store's corrections (merges and splits a user made). Issues
     * are matched against the concepts known so far, so call it in the order articles should be resolved in (the
     * loader's input order).
     */
    public ArticleGraph map(Extraction x, Corrections corrections) {
        return mapper.map(x, resolver.resolve(x, corrections), issues.resolve(x), clock.instant());
    }

    /** Starts issue matching from a store's issue concepts and the user's corrections to them. */
    public void knownIssues(List<IssueConcept> concepts, IssueCorrections corrections) {
        issues.reset(concepts, corrections);
    }

    /** All graphs the extractions would write, as one in-memory dataset (the registry merged). */
    public Dataset toDataset(List<Extraction> extractions) {
        Dataset ds = DatasetFactory.create();
        for (Extraction x : extractions) {
            ArticleGraph g = map(x);
            ds.addNamedModel(g.graphIri(), g.article());
            ds.getNamedModel(iris.registryGraph()).add(g.registry());
            ds.getNamedModel(g.graphIri()).setNsPrefixes(g.article().getNsPrefixMap());
            ds.getDefaultModel().setNsPrefixes(g.article().getNsPrefixMap());
        }
        return ds;
    }

    public static final class Builder {
        private String base = Iris.DEFAULT_BASE;
        private Clock clock = Clock.systemUTC();

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
