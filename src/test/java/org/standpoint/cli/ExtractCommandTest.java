package org.standpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.standpoint.model.Extraction;
import org.standpoint.nlp.NlpPipeline;
import org.standpoint.pipeline.Pipeline;
import org.standpoint.rdf.NIF;
import org.standpoint.rdf.STP;

/**
 * {@code standpoint extract} on the seed. The command runs twice (json, trig): extraction takes seconds. The other
 * RDF formats render the json run's extraction through the same writer the command uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractCommandTest {
    private Path seed;
    private Cli json;
    private boolean modelsLoadedBefore;

    @BeforeAll
    void extractAsJson(@TempDir Path dir) {
        seed = Seed.copyTo(dir);
        modelsLoadedBefore = NlpPipeline.loaded();
        json = Cli.run("extract", "--format", "json", seed.toString());
    }

    @Test
    void theWaitForTheModelsIsAnnouncedOnce() {
        // a JVM whose earlier tests loaded the models has no wait to announce
        assertEquals(modelsLoadedBefore ? "" : "loading the language models (CoreNLP: 30 s to 2 min, once per run)...\n",
                json.err());
    }

    @Test
    void jsonIsTheExtractionModel() throws Exception {
        assertEquals(0, json.exitCode(), json::toString);
        List<Extraction> xs = extractions();
        assertEquals(1, xs.size());
        Extraction x = xs.get(0);
        assertEquals("Is The Met Police Really Going To Introduce Armed Patrols?", x.article().title());
        assertEquals("HuffPost UK", x.article().publisher());
        assertTrue(x.article().text().startsWith("Consultation on the move is at an early stage"), x.article()::text);
        assertTrue(x.statements().stream().anyMatch(s -> s.content().text().contains(Seed.HARRIS_QUOTE)), json::toString);
        assertTrue(x.actors().stream().anyMatch(a -> a.name().equals("Lord Harris") || a.aliases().contains("Lord Harris")));
    }

    @Test
    void trigHoldsTheArticleGraphWithStatements() {
        Cli trig = Cli.run("extract", seed.toString());
        assertEquals(0, trig.exitCode(), trig::toString);
        assertTrue(trig.out().contains("statement/"), trig::toString);
        assertTrue(trig.out().contains("\"Lord Harris\""), trig::toString);
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(trig.out().getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        assertEquals(2, ds.asDatasetGraph().size(), "the article graph and the registry");
        Model union = ds.getUnionModel();
        assertTrue(union.contains(null, RDFS.label, "Lord Harris"));
        assertTrue(union.listObjectsOfProperty(NIF.anchorOf).toList().stream()
                .anyMatch(o -> o.asLiteral().getString().contains(Seed.HARRIS_QUOTE)));
    }

    @Test
    void nquadsTurtleAndJsonLdCarryTheSameGraph() throws Exception {
        Dataset ds = Pipeline.create().build().toDataset(extractions());
        long statements = ds.getUnionModel().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, STP.Statement).toList().size();
        assertTrue(statements > 0);
        for (OutputFormat f : List.of(OutputFormat.NQUADS, OutputFormat.TTL, OutputFormat.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.write(out, ds);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("Lord Harris"), f + "\n" + text);
            assertTrue(text.contains("statement/"), f + "\n" + text);
            Dataset back = DatasetFactory.create();
            Lang lang = switch (f) {
                case NQUADS -> Lang.NQUADS;
                case TTL -> Lang.TURTLE;
                default -> Lang.JSONLD11;
            };
            RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
            Model m = f == OutputFormat.TTL ? back.getDefaultModel() : back.getUnionModel();
            assertEquals(statements, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, STP.Statement).toList().size(), f.toString());
            // JSON-LD may retype numbers on the way back; the two plain formats must round-trip exactly
            if (f != OutputFormat.JSONLD) assertTrue(ds.getUnionModel().isIsomorphicWith(m), f.toString());
        }
    }

    @Test
    void aBadFileIsReportedAndTheRestPrinted(@TempDir Path dir) throws Exception {
        Cli bad = Cli.run("extract", "--format", "json", dir.resolve("missing.txt").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("missing.txt: no such file"), bad::toString);
        assertFalse(bad.out().contains("Lord Harris"));
    }

    private List<Extraction> extractions() throws Exception {
        ObjectMapper m = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return m.readValue(json.out(), new TypeReference<List<Extraction>>() { });
    }
}
