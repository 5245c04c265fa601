package org.standpoint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Short synthetic news articles as JSONL, for the memory run of {@code load}: real text that goes through CoreNLP
 * and the extractor (unlike {@link GraphGenerator}, which skips both), with the generator's Zipf-popular people,
 * organisations and issues, so the registry and the issue concepts keep growing the way an archive makes them grow.
 * About 150 words each, a few quotes and roles per article. {@code ArticleTextGenerator OUT.jsonl [N=10000] [SEED=1]}.
 */
public final class ArticleTextGenerator {
    private static final String[] CLAIMS = {"would cost families far too much", "is the only way to keep residents safe",
            "has been rushed through without any evidence", "will help thousands of young people",
            "cannot be paid for without cutting other services", "is long overdue", "puts the wrong people first",
            "must be reviewed before anyone signs it"};
    private static final String[] REASONS = {"We have listened to residents for two years", "The figures simply do not add up",
            "Nobody has explained who pays for it", "Every expert we spoke to backs it",
            "This is about trust in public services", "The council has ignored the warnings"};
    private static final String[] CUES = {"said", "told reporters", "warned", "argued", "added"};

    private final Random random;
    private final GraphGenerator.Zipf people = new GraphGenerator.Zipf(GraphGenerator.PEOPLE, 1.05);
    private final GraphGenerator.Zipf organisations = new GraphGenerator.Zipf(GraphGenerator.ORGANISATIONS, 1.1);
    private final GraphGenerator.Zipf issues = new GraphGenerator.Zipf(GraphGenerator.ISSUES, 1.0);

    ArticleTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ObjectMapper json = new ObjectMapper();
        ArticleTextGenerator g = new ArticleTextGenerator(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (int i = 0; i < n; i++) {
                w.write(json.writeValueAsString(g.article(json.createObjectNode(), i)));
                w.newLine();
            }
        }
        System.out.printf(Locale.ROOT, "generated %d articles in %s%n", n, out);
    }

    ObjectNode article(ObjectNode node, int i) {
        String issue = GraphGenerator.issue(issues.next(random));
        String org = GraphGenerator.organisation(organisations.next(random));
        String other = GraphGenerator.organisation(organisations.next(random));
        String first = GraphGenerator.person(people.next(random));
        String second = GraphGenerator.person(people.next(random));
        String third = GraphGenerator.person(people.next(random));
        String title = "Row over " + issue + " deepens";
        String text = title + "\n\n"
                + first + ", the " + pick(new String[] {"leader", "chair", "spokesperson"}) + " of the " + org + ", said the "
                + issue + " " + pick(CLAIMS) + ".\n\n"
                + "\"" + pick(REASONS) + ". It " + pick(CLAIMS) + ",\" " + surname(first) + " " + pick(CUES) + ".\n\n"
                + second + " of the " + other + " disagreed. \"" + pick(REASONS) + ",\" " + surname(second) + " "
                + pick(CUES) + " on " + pick(new String[] {"Monday", "Tuesday", "Thursday"}) + ".\n\n"
                + "The " + org + " is expected to decide on the " + issue + " next month, according to " + third
                + ", who chairs the " + other + ".\n\n"
                + "\"We will not stand by while the " + issue + " " + pick(CLAIMS) + ",\" " + surname(third) + " " + pick(CUES) + ".\n";
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        node.put("id", "synthetic-" + i);
        node.put("url", "https://news.example.org/synthetic/" + i);
        node.put("title", title);
        node.put("date", date.toString());
        node.put("publisher", "Example News");
        node.put("body", text);
        return node;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String surname(String person) {
        return person.split(" ")[1];
    }
}
