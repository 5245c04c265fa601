package org.standpoint.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Extraction;
import org.standpoint.read.ArticleReader;
import org.standpoint.read.ReadResult;

/**
 * What the whole pipeline writes for the nine dev articles in ../shared, validated against ontology/shapes.ttl over
 * the union of article graphs, registry and vocabulary, as the store serves them.
 */
class DevShapesTest {
    @Test
    void devArticlesConformToTheShapes() throws Exception {
        String shared = System.getProperty("standpoint.shared");
        Path raw = shared == null ? null : Path.of(shared, "corpus", "dev", "raw");
        Assumptions.assumeTrue(raw != null && Files.isDirectory(raw), "no shared dev corpus at " + raw);

        ReadResult read = new ArticleReader().readAll(List.of(raw));
        assertEquals(List.of(), read.errors());
        assertTrue(read.articles().size() >= 9, "articles: " + read.articles().size());

        Pipeline pipeline = Pipeline.create().build();
        List<Extraction> extractions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            read.articles().forEach(a -> futures.add(pool.submit(() -> pipeline.extract(a))));
            for (Future<Extraction> f : futures) extractions.add(f.get());
        } finally {
            pool.shutdownNow();
        }

        Dataset ds = pipeline.toDataset(extractions);
        for (String file : List.of("ontology/standpoint.ttl", "ontology/stance-scheme.ttl")) {
            RDFDataMgr.read(ds.getNamedModel(pipeline.iris().vocabGraph()), file);
        }
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph());
        if (!report.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
            System.out.println(out.toString(StandardCharsets.UTF_8));
            throw new AssertionError(report.getEntries().size() + " violations:\n" + out.toString(StandardCharsets.UTF_8));
        }
        long statements = extractions.stream().mapToLong(x -> x.statements().size()).sum();
        assertTrue(statements > 0, "the dev articles yield statements");
    }
}
