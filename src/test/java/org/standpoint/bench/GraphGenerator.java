package org.standpoint.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.standpoint.iri.Iris;
import org.standpoint.model.Actor;
import org.standpoint.model.ActorType;
import org.standpoint.model.Article;
import org.standpoint.model.Extraction;
import org.standpoint.model.Issue;
import org.standpoint.model.Membership;
import org.standpoint.model.Span;
import org.standpoint.model.Stance;
import org.standpoint.model.Statement;
import org.standpoint.pipeline.Version;
import org.standpoint.rdf.ArticleGraph;
import org.standpoint.rdf.GraphMapper;
import org.standpoint.resolve.ResolvedIssue;
import org.standpoint.resolve.Resolver;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic archive with the shape of real news, mapped by the real {@link GraphMapper} and {@link Resolver} (so
 * exactly the data model; issues are given their concept directly, one per distinct label, since the embedding
 * matcher would cost a tenth of a second per article)
 * and written as N-Quads: {@code GraphGenerator OUT.nq [ARTICLES=100000] [SEED=1]}.
 *
 * <p>Shape: 5,000 people and 800 organisations whose popularity follows a Zipf law (a few are quoted in thousands
 * of articles, most in a handful), each person with a fixed role, usually in the same organisation; 400 issue ranks, also Zipf, over 200
 * distinct labels (rank k and k+200 share one), shared by the articles about them; 2–4 speakers with one or two statements each per article over ten years of dates, 30 publishers.
 */
public final class GraphGenerator {
    static final int PEOPLE = 5_000;
    static final int ORGANISATIONS = 800;
    static final int ISSUES = 400;
    private static final String[] FIRST = {"Alex", "Sam", "Maria", "John", "Priya", "Chen", "Fatima", "David",
            "Olga", "Kwame", "Laura", "Omar", "Ines", "Peter", "Aisha", "Tom", "Yuki", "Carlos", "Hannah", "Ravi"};
    private static final String[] LAST = {"Morgan", "Patel", "Okafor", "Smith", "Nguyen", "Kowalski", "Haddad",
            "Fischer", "Silva", "Brennan", "Ahmed", "Larsen", "Rossi", "Evans", "Tanaka", "Mensah", "Dubois",
            "Novak", "Hughes", "Garcia", "Khan", "Murphy", "Berg", "Costa", "Ward"};
    private static final String[] ORG_KIND = {"Council", "Party", "Union", "Police", "Trust", "Commission",
            "Authority", "Federation", "Institute", "Ministry"};
    private static final String[] PLACE = {"London", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "York",
            "Kent", "Essex", "Devon", "Manchester", "Liverpool", "Norfolk", "Surrey", "Sheffield", "Oxford"};
    private static final String[] ROLE = {"chair", "member", "spokesperson", "leader", "minister", "commissioner",
            "director", "secretary", "councillor", "chief executive"};
    private static final String[] TOPIC = {"armed patrols", "rent controls", "bus fares", "school funding",
            "hospital waiting lists", "river pollution", "green belt housing", "knife crime", "tuition fees",
            "rail strikes", "energy bills", "social care", "immigration rules", "tax credits", "cycle lanes",
            "stop and search", "flood defences", "library closures", "minimum wage", "sugar tax"};
    private static final String[] ASPECT = {"plan", "review", "budget", "ban", "reform", "inquiry", "cuts",
            "pilot", "strategy", "bill"};
    private static final String[] WORDS = {"the", "plan", "would", "help", "families", "cost", "too", "much",
            "we", "cannot", "accept", "this", "residents", "deserve", "better", "it", "is", "time", "to", "act",
            "safety", "must", "come", "first", "evidence", "shows", "a", "clear", "need", "for", "change"};

    private final Random random;
    private final Zipf people = new Zipf(PEOPLE, 1.05);
    private final Zipf organisations = new Zipf(ORGANISATIONS, 1.1);
    private final Zipf issues = new Zipf(ISSUES, 1.0);

    GraphGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long start = System.nanoTime();
        long quads = new GraphGenerator(seed).write(out, n);
        System.out.printf(Locale.ROOT, "generated %d articles, %d quads in %s, %.1f s%n", n, quads, out,
                (System.nanoTime() - start) / 1e9);
    }

    /** One generated article as the mapper gives it: its graph's IRI, the graph, and its registry additions. */
    record Written(String graphIri, Model article, Model registry) {
    }

    private final Iris iris = new Iris(Iris.DEFAULT_BASE);
    private final GraphMapper mapper = new GraphMapper(iris, Version.current());
    private final Resolver resolver = new Resolver(iris);
    private final Set<String> founded = new HashSet<>();

    long write(Path file, int articles) throws IOException {
        Node registry = NodeFactory.createURI(iris.registryGraph());
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            w.start();
            for (int i = 0; i < articles; i++) {
                Written g = graph(i);
                Node graph = NodeFactory.createURI(g.graphIri());
                count[0] += emit(w, graph, g.article()) + emit(w, registry, g.registry());
            }
            w.finish();
        }
        return count[0];
    }

    /** Article {@code i} through the real resolver and mapper. */
    Written graph(int i) {
        Extraction x = article(i);
        Issue issue = x.issues().get(0);
        ResolvedIssue concept = new ResolvedIssue(iris.issue(issue.key()), issue.label(), founded.add(issue.key()),
                List.of(), List.of(), List.of());
        ArticleGraph g = mapper.map(x, resolver.resolve(x), Map.of(issue.id(), concept), GENERATED_AT);
        return new Written(g.graphIri(), g.article(), g.registry());
    }

    private static long emit(StreamRDF w, Node graph, Model m) {
        long[] n = {0};
        m.getGraph().find().forEachRemaining(t -> {
            w.quad(Quad.create(graph, t));
            n[0]++;
        });
        return n[0];
    }

    private static final Instant GENERATED_AT = Instant.parse("2025-01-01T00:00:00Z");

    static String person(int rank) {
        return FIRST[rank % FIRST.length] + " " + LAST[(rank / FIRST.length) % LAST.length]
                + (rank >= FIRST.length * LAST.length ? " " + (char) ('A' + rank / (FIRST.length * LAST.length) % 26) + "." : "");
    }

    static String organisation(int rank) {
        return PLACE[rank % PLACE.length] + " " + ORG_KIND[(rank / PLACE.length) % ORG_KIND.length]
                + (rank >= PLACE.length * ORG_KIND.length ? " " + (rank / (PLACE.length * ORG_KIND.length) + 1) : "");
    }

    /** The role of the person of this rank. */
    static String role(int rank) {
        return ROLE[rank % ROLE.length];
    }

    static String issue(int rank) {
        return TOPIC[rank % TOPIC.length] + " " + ASPECT[(rank / TOPIC.length) % ASPECT.length];
    }

    Extraction article(int i) {
        StringBuilder text = new StringBuilder();
        String issueLabel = issue(issues.next(random));
        String title = "Row over " + issueLabel + " deepens";
        text.append(title).append("\n\n");
        Map<Integer, Actor> actors = new LinkedHashMap<>();
        List<Membership> memberships = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        String key = String.format(Locale.ROOT, "%012x", 0x100000000L + i);
        int speakers = 2 + random.nextInt(3);
        for (int s = 0; s < speakers; s++) {
            int p = people.next(random);
            if (actors.containsKey(p)) continue;
            int orgRank = (p * 31) % ORGANISATIONS;
            if (random.nextInt(4) == 0) orgRank = organisations.next(random);
            String name = person(p);
            String org = organisation(orgRank);
            String role = role(p);
            int nameBegin = text.length();
            text.append(name);
            Span nameSpan = new Span(nameBegin, text.length(), name);
            text.append(", the ").append(role).append(" of ");
            int orgBegin = text.length();
            text.append(org);
            Span orgSpan = new Span(orgBegin, text.length(), org);
            Span roleSpan = new Span(nameBegin, text.length(), text.substring(nameBegin));
            String pid = "p" + p;
            String oid = "o" + orgRank;
            actors.put(p, new Actor(pid, ActorType.PERSON, name, List.of(LAST[(p / FIRST.length) % LAST.length]), null, null, List.of(nameSpan)));
            actors.putIfAbsent(-1 - orgRank, new Actor(oid, ActorType.ORGANIZATION, org, List.of(), null, null, List.of(orgSpan)));
            String mid = "m" + p;
            memberships.add(new Membership(mid, pid, role, oid, p % 7 != 0, roleSpan));
            int quotes = random.nextInt(3) == 0 ? 2 : 1;
            for (int q = 0; q < quotes; q++) {
                boolean direct = random.nextBoolean();
                text.append(q == 0 ? ", " : ". ").append(q == 0 ? "said " : "She added ");
                Span cue = new Span(text.length() - (q == 0 ? 5 : 6), text.length() - 1, q == 0 ? "said" : "added");
                int cb = text.length();
                text.append(direct ? "“" : "that ").append(sentence()).append(direct ? "”" : "");
                Span content = new Span(cb, text.length(), text.substring(cb));
                Stance stance = Stance.values()[random.nextInt(10) < 4 ? 1 : random.nextInt(4)];
                statements.add(new Statement(pid, pid, content, q == 0 ? nameSpan : null, cue, direct, stance, "i1",
                        mid, direct ? 0.9 : 0.8));
            }
            text.append(".\n\n");
        }
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String publisher = "The " + PLACE[i % PLACE.length] + " " + (i % 30 < 16 ? "Herald" : "Post");
        Article article = new Article(key, "https://news.example/" + i, title, date.toString(), publisher,
                text.toString(), "generated:" + i);
        Issue issue = new Issue("i1", issueLabel, issueLabel.replace(' ', '-'));
        return new Extraction(article, new ArrayList<>(actors.values()), memberships, List.of(issue), statements);
    }

    private String sentence() {
        int n = 8 + random.nextInt(14);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s, by inverting the cumulative table. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) cumulative[k] = sum += 1 / Math.pow(k + 1, s);
            for (int k = 0; k < n; k++) cumulative[k] /= sum;
        }

        int next(Random r) {
            int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
            return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
        }
    }
}
