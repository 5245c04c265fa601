package org.standpoint.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.standpoint.model.Stance;

/**
 * The result of one evaluation run.
 *
 * @param dataset  what was evaluated ("gold" or "polnear" and the directory)
 * @param articles how many articles were scored
 * @param metrics  one row per metric, in a fixed order
 * @param stance   stance on matched statements toward the issue the extractor found itself (the whole path), or null
 *                 when the data has no stance labels
 * @param declaredStance stance on the same statements when the gold issue is declared to the extractor (stance alone),
 *                 or null when not measured
 * @param facts    counts about the gold data itself (statements, located quotes, discontinuous spans)
 * @param errors   every miss and false alarm
 * @param notes    things the reader must know: unlocated gold quotes, extractor failures, missing files
 */
public record EvalReport(String dataset, int articles, List<Metric> metrics, StanceResult stance,
                         StanceResult declaredStance, Map<String, Integer> facts, List<EvalError> errors, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EvalReport {
        metrics = List.copyOf(metrics);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** An aligned plain-text table of every metric, then stance accuracy, macro-F1 and confusion when present. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"metric", "P", "R", "F1", "tp", "fp", "fn"});
        for (Metric m : metrics)
            rows.add(new String[]{m.name(), pct(m.precision()), pct(m.recall()), pct(m.f1()),
                    String.valueOf(m.tp()), String.valueOf(m.fp()), String.valueOf(m.fn())});
        StringBuilder out = new StringBuilder(dataset + " — " + articles + " articles\n");
        out.append(align(rows));
        if (stance != null) out.append(stanceTable("toward the article's own issue", stance));
        if (declaredStance != null) out.append(stanceTable("with the gold issue declared", declaredStance));
        facts.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        for (String note : notes) out.append("note: ").append(note).append('\n');
        return out.toString();
    }

    private static String stanceTable(String how, StanceResult stance) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nstance %s, on %d matched statements: accuracy %s, macro-F1 %s%n",
                how, stance.matched(), pct(stance.accuracy()), pct(stance.macroF1())));
        List<String[]> matrix = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("gold \\ system"));
        for (Stance s : StanceResult.classes()) header.add(s.label());
        matrix.add(header.toArray(String[]::new));
        for (Stance g : StanceResult.classes()) {
            List<String> row = new ArrayList<>(List.of(g.label()));
            for (Stance s : StanceResult.classes()) row.add(String.valueOf(stance.count(g, s)));
            matrix.add(row.toArray(String[]::new));
        }
        return out.append(align(matrix)).toString();
    }

    @JsonIgnore
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void writeJson(Path file) {
        write(file, toJson());
    }

    /** One tab-separated line per error: article, metric, miss|false-alarm, offsets, text. */
    @JsonIgnore
    public String errorListing() {
        StringBuilder out = new StringBuilder("article\tmetric\tkind\toffsets\ttext\n");
        for (EvalError e : errors) out.append(e.line()).append('\n');
        return out.toString();
    }

    public void writeErrors(Path file) {
        write(file, errorListing());
    }

    private static void write(Path file, String content) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    /** First column left-aligned, the numbers right-aligned, two spaces between columns. */
    private static String align(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (c > 0) line.append("  ");
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? r[c] + pad : pad + r[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
