package org.standpoint.serve.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor–issue network of an issue page as inline SVG, drawn on the server so it needs no script: the issue in
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

    private final LocalPaths paths;

    StanceNetwork(LocalPaths paths) {
        this.paths = paths;
    }

    /** @param standings most statements first: the first {@value #HOLDERS} holders among them are drawn */
    String svg(Ref issue, List<Standing> standings) {
        Map<String, Ref> holders = new LinkedHashMap<>();
        Map<String, Map<Stance, Integer>> counts = new LinkedHashMap<>();
        for (Standing p : standings) {
            if (holders.size() == HOLDERS && !holders.containsKey(p.holder().iri())) continue;
            holders.putIfAbsent(p.holder().iri(), p.holder());
            counts.computeIfAbsent(p.holder().iri(), k -> new EnumMap<>(Stance.class)).merge(p.stance(), p.statements(), Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
         .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(Html.esc("Who takes which stance on " + issue.label()))
         .append("\">");
        List<String> nodes = new ArrayList<>();
        int n = holders.size();
        int i = 0;
        for (Ref holder : holders.values()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i++ / Math.max(n, 1);
            double x = CX + RADIUS * Math.cos(angle);
            double y = CY + RADIUS * Math.sin(angle);
            edges(s, x, y, counts.get(holder.iri()));
            nodes.add(node(holder, x, y, angle));
        }
        nodes.forEach(s::append);
        centre(s, issue);
        legend(s);
        return s.append("</svg>").toString();
    }

    /**
     * The issue in the middle, its name inside the circle on up to three lines: above the circle it ran into the
     * label of the holder drawn at the top.
     */
    private static void centre(StringBuilder s, Ref issue) {
        List<String> lines = lines(issue.label(), CENTRE_LINE, 3);
        s.append("<circle cx=\"").append(fmt(CX)).append("\" cy=\"").append(fmt(CY)).append("\" r=\"").append(CENTRE_RADIUS)
         .append("\" fill=\"#23395d\"><title>").append(Html.esc(issue.label())).append("</title></circle>");
        double y = CY + 4 - (lines.size() - 1) * 7;
        s.append("<text class=\"issue\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"bold\">");
        for (String line : lines) {
            s.append("<tspan x=\"").append(fmt(CX)).append("\" y=\"").append(fmt(y)).append("\">").append(Html.esc(line)).append("</tspan>");
            y += 14;
        }
        s.append("</text>");
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
    private static void edges(StringBuilder s, double x, double y, Map<Stance, Integer> stances) {
        int k = 0;
        for (Map.Entry<Stance, Integer> e : stances.entrySet()) {
            double bend = (k++ - (stances.size() - 1) / 2.0) * 40;
            double mx = (x + CX) / 2;
            double my = (y + CY) / 2;
            double len = Math.hypot(x - CX, y - CY);
            double qx = mx + bend * -(y - CY) / len;
            double qy = my + bend * (x - CX) / len;
            s.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y)).append(" Q").append(fmt(qx)).append(',')
             .append(fmt(qy)).append(' ').append(fmt(CX)).append(',').append(fmt(CY)).append("\" fill=\"none\" stroke=\"")
             .append(e.getKey().colour).append("\" stroke-width=\"").append(width(e.getValue()))
             .append("\" class=\"edge ").append(e.getKey().css()).append("\"><title>")
             .append(Html.esc(e.getKey().verb + ": " + e.getValue() + (e.getValue() == 1 ? " statement" : " statements")))
             .append("</title></path>");
        }
    }

    /** 4 for one statement, 2 more per doubling, at most 12: a thousand statements must not hide the rest. */
    private static String width(int statements) {
        return fmt(Math.min(2 + 2 * Math.log(1 + statements) / Math.log(2), 12));
    }

    private String node(Ref holder, double x, double y, double angle) {
        boolean right = Math.cos(angle) >= -0.01;
        double tx = x + (right ? 14 : -14);
        String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : right ? "start" : "end";
        double ty = Math.abs(Math.cos(angle)) < 0.2 ? y + (Math.sin(angle) < 0 ? -16 : 24) : y + 4;
        return "<a href=\"" + Html.esc(paths.href(holder.iri())) + "\"><circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y)
                + "\" r=\"9\" fill=\"#fff\" stroke=\"#23395d\" stroke-width=\"2\"/><text x=\"" + fmt(tx) + "\" y=\""
                + fmt(ty) + "\" text-anchor=\"" + anchor + "\">" + Html.esc(shorten(holder.label(), 32)) + "</text></a>";
    }

    private static void legend(StringBuilder s) {
        double x = 16;
        for (Stance stance : Stance.values()) {
            s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - 22).append("\" width=\"14\" height=\"6\" fill=\"")
             .append(stance.colour).append("\"/><text x=\"").append(fmt(x + 20)).append("\" y=\"").append(HEIGHT - 15)
             .append("\">").append(Html.esc(stance.verb)).append("</text>");
            x += 40 + stance.verb.length() * 7;
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
