package org.standpoint.eval;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.standpoint.extract.Extractor;
import org.standpoint.model.Actor;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Span;
import org.standpoint.model.Statement;
import org.standpoint.read.ArticleReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Counts, over unlabelled articles, the statements whose holder is not an actor at all: a holder must be a person,
 * an organisation, an office, a document or an unnamed group whose name has a noun in it; a pronoun, determiner,
 * wh-word, a phrase opening with a preposition ("at a cost"), a verb or punctuation, or a group with no noun ("stop")
 * is junk. The parts of
 * speech come from the article's own annotation at the holder's mentions.
 */
public final class HolderAudit {
    /** A name opening with one of these is a fragment ("at a cost", "which …", "is on offer"); "Their opponents" is not. */
    private static final Set<String> FRAGMENT_OPENERS = Set.of("WDT", "WP", "WP$", "IN", "TO", "CC", "EX", "RB", "MD",
            "VB", "VBD", "VBP", "VBZ"); // not a participle: "retiring workers", "Shocked health officials" are groups
    /** A name that is only one of these is no name ("he", "the", "this"). */
    private static final Set<String> BARE = Set.of("PRP", "PRP$", "DT");

    /** @param junk one line per junk holder: article, holder name, content */
    public record Result(int articles, int statements, Map<String, Integer> byType, List<String> junk) {
        public String table() {
            StringBuilder b = new StringBuilder(String.format("holders of %d statements in %d articles%n", statements, articles));
            byType.forEach((k, v) -> b.append(String.format("  %-14s %6d%n", k, v)));
            b.append(String.format("junk holders (not a person, organisation, office, document or noun-headed group): %d%n", junk.size()));
            junk.forEach(j -> b.append("  ").append(j).append('\n'));
            return b.toString();
        }
    }

    private HolderAudit() {
    }

    public static Result run(List<Path> inputs, Function<String, CoreDocument> annotator, int threads) throws Exception {
        List<Article> articles = new ArticleReader().readAll(inputs).articles();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, Integer> byType = new TreeMap<>();
        List<String> junk = new ArrayList<>();
        int statements = 0;
        try {
            List<Future<List<String[]>>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> audit(a, annotator)));
            for (Future<List<String[]>> f : futures) {
                for (String[] row : f.get()) {
                    statements++;
                    byType.merge(row[0], 1, Integer::sum);
                    if (row[1] != null) junk.add(row[1]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(articles.size(), statements, byType, junk);
    }

    /** One row per statement: the holder's type and, when it is junk, a line saying so. */
    private static List<String[]> audit(Article article, Function<String, CoreDocument> annotator) {
        CoreDocument core = annotator.apply(article.text());
        Extraction x = new Extractor(text -> core).apply(article);
        org.standpoint.model.Offsets offsets = new org.standpoint.model.Offsets(article.text());
        List<String[]> out = new ArrayList<>();
        for (Statement s : x.statements()) {
            Actor holder = x.actor(s.holderId()).orElse(null);
            String type = holder == null ? "missing" : holder.type().name().toLowerCase(java.util.Locale.ROOT);
            boolean junk = holder == null || isJunk(holder, offsets, core);
            out.add(new String[]{type, junk ? article.key() + "\t" + (holder == null ? "?" : holder.name()) + "\t" + s.content().text() : null});
        }
        return out;
    }

    private static boolean isJunk(Actor holder, org.standpoint.model.Offsets offsets, CoreDocument core) {
        String name = holder.name().strip();
        if (name.isEmpty() || !Character.isLetterOrDigit(name.codePointAt(0))) return true;
        boolean sawNoun = false, sawTokens = false;
        for (Span m : holder.mentions()) {
            int b = offsets.toCharIndex(m.begin()), e = offsets.toCharIndex(m.end());
            List<CoreLabel> tokens = core.tokens().stream().filter(t -> t.beginPosition() >= b && t.endPosition() <= e).toList();
            if (tokens.isEmpty()) continue;
            sawTokens = true;
            // a mention that is a pronoun stands for a name given elsewhere
            if (tokens.size() == 1 && tokens.get(0).tag().startsWith("PRP")) continue;
            if (tokens.stream().anyMatch(t -> t.tag().startsWith("NN"))) sawNoun = true;
        }
        String first = name.split("\\s+")[0];
        boolean opensWithFunctionWord = core.tokens().stream()
                .filter(t -> t.word().equals(first)).findFirst()
                .map(t -> FRAGMENT_OPENERS.contains(t.tag()) || BARE.contains(t.tag()) && name.split("\\s+").length == 1)
                .orElse(false);
        // a name may be an adjective ("Conservative" for the party); an unnamed group must have a noun
        boolean named = holder.type() == org.standpoint.model.ActorType.PERSON || holder.type() == org.standpoint.model.ActorType.ORGANIZATION;
        return opensWithFunctionWord || !named && sawTokens && !sawNoun;
    }
}
