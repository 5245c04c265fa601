package org.standpoint.spark;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.standpoint.model.Article;
import org.standpoint.ingest.Ingest;
import org.standpoint.rdf.ArticleGraph;
import org.standpoint.read.ArticleReader;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One Spark task: input files in, one N-Quads record per article out (its article graph and its registry
 * additions), lazily, so a partition's output never sits in memory. Shipped to executors by serialisation: it
 * carries only the base IRI and the counters. Each article is {@linkplain Ingest#standalone extracted on its own}:
 * a pipeline shared by an executor's tasks would group an article under the issues of whichever articles that
 * executor happened to resolve before it, and the output would depend on partitioning and scheduling.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<String>, String> {
    private static final long serialVersionUID = 1L;

    private final String base;
    private final LongAccumulator articles;
    private final LongAccumulator statements;
    private final LongAccumulator errors;

    ExtractPartition(String base, LongAccumulator articles, LongAccumulator statements, LongAccumulator errors) {
        this.base = base;
        this.articles = articles;
        this.statements = statements;
        this.errors = errors;
    }

    @Override
    public Iterator<String> call(Iterator<String> files) {
        return new Records(files);
    }

    /** The article graph and registry additions as N-Quads, without a trailing newline (Spark adds one). */
    static String nquads(ArticleGraph g, String registryGraph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, Stream.concat(quads(g.graphIri(), g.article()), quads(registryGraph, g.registry())).iterator());
        String s = out.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Stream<Quad> quads(String graph, Model m) {
        Node g = NodeFactory.createURI(graph);
        return m.getGraph().stream().map(t -> Quad.create(g, t));
    }

    private final class Records implements Iterator<String> {
        private final Iterator<String> files;
        private final ArticleReader reader = new ArticleReader();
        private Stream<Article> open;
        private Iterator<Article> current;
        private String next;

        Records(Iterator<String> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current != null && current.hasNext()) {
                    next = extract(current.next());
                } else if (files.hasNext()) {
                    if (open != null) open.close();
                    open = reader.read(List.of(Path.of(files.next())), e -> fail(e.message()));
                    current = open.iterator();
                } else {
                    if (open != null) open.close();
                    return false;
                }
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            String out = next;
            next = null;
            return out;
        }

        /** One article's record, or null when it failed (counted and logged; the partition goes on). */
        private String extract(Article a) {
            try {
                Ingest.Standalone one = Ingest.standalone(base, a);
                String record = nquads(one.graph(), one.registryGraph());
                articles.add(1);
                statements.add(one.statements());
                return record;
            } catch (RuntimeException | StackOverflowError e) {
                fail(a.origin() + ": extraction failed: " + e);
                return null;
            }
        }

        private void fail(String line) {
            errors.add(1);
            System.err.println("error: " + line);
        }
    }
}
