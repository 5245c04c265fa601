package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor–issue network of an issue page, laid out here and drawn as inline SVG by {@code network.jte}, so it needs
 * no script: the issue in
 * the middle, each holder on a circle around it, one edge per stance the holder took, coloured by stance and the
 * thicker the more statements. Nodes are links to the actors' pages.
 */
final class StanceNetwork {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 520;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0 - 10;
    private static final double RADIUS = 190;
    /** More names than this do not fit around the circle. */
    static final int HOLDERS = 30;

    /** What {@code network.jte} draws; numbers are already formatted for SVG attributes. */
    record Drawing(int width, int height, String label, List<Edge> edges, List<Node> nodes, Centre centre, List<Key> legend) {
    }

    /** One stance of one holder: a curve to the centre. */
    record Edge(String path, String colour, String width, String css, String title) {
    }

    /** A holder: a circle linking to its page, and its name beside it. */
    record Node(String href, String x, String y, String textX, String textY, String anchor, String label) {
    }

    record Centre(String x, String y, int radius, String title, List<Line> lines) {
    }

    record Line(String x, String y, String text) {
    }

    /** A legend entry: a colour swatch and the stance's verb. */
    record Key(String x, String textX, int y, int textY, String colour, String verb) {
    }

    /** The same for every issue: drawn once. */
    private static final List<Key> LEGEND = legend();

    private final LocalPaths paths;

    StanceNetwork(LocalPaths paths) {
        this.paths = paths;
    }

    /** @param standings most statements first: the first {@value #HOLDERS} holders among them are drawn */
    Drawing draw(Ref issue, List<Standing> standings) {
        Map<String, Ref> holders = new LinkedHashMap<>();
        Map<String, Map<Stance, Integer>> counts = new LinkedHashMap<>();
        for (Standing p : standings) {
            if (holders.size() == HOLDERS && !holders.containsKey(p.holder().iri())) continue;
            holders.putIfAbsent(p.holder().iri(), p.holder());
            counts.computeIfAbsent(p.holder().iri(), k -> new EnumMap<>(Stance.class)).merge(p.stance(), p.statements(), Integer::sum);
        }
        List<Edge> edges = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        int n = holders.size();
        int i = 0;
        for (Ref holder : holders.values()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i++ / Math.max(n, 1);
            double x = CX + RADIUS * Math.cos(angle);
            double y = CY + RADIUS * Math.sin(angle);
            edges(edges, x, y, counts.get(holder.iri()));
            nodes.add(node(holder, x, y, angle));
        }
        return new Drawing(WIDTH, HEIGHT, "Who takes which stance on " + issue.label(), edges, nodes, centre(issue), LEGEND);
    }

    /**
     * The issue in the middle, its name inside the circle on up to three lines: above the circle it ran into the
     * label of the holder drawn at the top.
     */
    private static Centre centre(Ref issue) {
        List<Line> lines = new ArrayList<>();
        List<String> words = lines(issue.label(), CENTRE_LINE, 3);
        double y = CY + 4 - (words.size() - 1) * 7;
        for (String line : words) {
            lines.add(new Line(fmt(CX), fmt(y), line));
            y += 14;
        }
        return new Centre(fmt(CX), fmt(CY), CENTRE_RADIUS, issue.label(), lines);
    }

    private static final int CENTRE_RADIUS = 48;
    /** Characters per line inside the centre circle. */
    private static final int CENTRE_LINE = 13;

    /** Words filled into lines of at most {@code width} characters; the last line shortened if more would follow. */
    static List<String> lines(String text, int width, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < out.size() && i < max; i++) {
            String l = out.get(i);
            shown.add(i == max - 1 && out.size() > max ? shorten(l + " …", width) : shorten(l, width));
        }
        return shown;
    }

    /** Several stances of one holder fan out as curves so that none hides another. */
    private static void edges(List<Edge> edges, double x, double y, Map<Stance, Integer> stances) {
        int k = 0;
        for (Map.Entry<Stance, Integer> e : stances.entrySet()) {
            double bend = (k++ - (stances.size() - 1) / 2.0) * 40;
            double mx = (x + CX) / 2;
            double my = (y + CY) / 2;
            double len = Math.hypot(x - CX, y - CY);
            double qx = mx + bend * -(y - CY) / len;
            double qy = my + bend * (x - CX) / len;
            String path = "M" + fmt(x) + "," + fmt(y) + " Q" + fmt(qx) + "," + fmt(qy) + " " + fmt(CX) + "," + fmt(CY);
            edges.add(new Edge(path, e.getKey().colour, width(e.getValue()), e.getKey().css(),
                    e.getKey().verb + ": " + Templates.statements(e.getValue())));
        }
    }

    /** 4 for one statement, 2 more per doubling, at most 12: a thousand statements must not hide the rest. */
    private static String width(int statements) {
        return fmt(Math.min(2 + 2 * Math.log(1 + statements) / Math.log(2), 12));
    }

    private Node node(Ref holder, double x, double y, double angle) {
        boolean right = Math.cos(angle) >= -0.01;
        double tx = x + (right ? 14 : -14);
        String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : right ? "start" : "end";
        double ty = Math.abs(Math.cos(angle)) < 0.2 ? y + (Math.sin(angle) < 0 ? -16 : 24) : y + 4;
        return new Node(paths.href(holder.iri()), fmt(x), fmt(y), fmt(tx), fmt(ty), anchor, shorten(holder.label(), 32));
    }

    private static List<Key> legend() {
        List<Key> keys = new ArrayList<>();
        double x = 16;
        for (Stance stance : Stance.values()) {
            keys.add(new Key(fmt(x), fmt(x + 20), HEIGHT - 22, HEIGHT - 15, stance.colour, stance.verb));
            x += 40 + stance.verb.length() * 7;
        }
        return List.copyOf(keys);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
