package org.standpoint.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the {@code # param: NAME} lines of a saved query (queries/README.md). A value never becomes query text:
 * it becomes one RDF term, written by Jena's own formatter (a string literal, or an IRI that was checked first), so
 * quotes, braces or a {@code DROP ALL} in a value stay inside that term. Whether a parameter takes strings or IRIs
 * is read off its default value.
 */
public final class QueryParameters {
    private static final Pattern PARAM = Pattern.compile("^param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$");
    private static final Pattern VALUES = Pattern.compile("VALUES\\s+\\?([A-Za-z_][A-Za-z0-9_]*)\\s*\\{",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("^(\\s*(?:LIMIT|OFFSET)\\s+)\\d+(\\s*)$", Pattern.CASE_INSENSITIVE);
    private static final String NOT_IN_IRI = "<>\"{}|^`\\";

    private QueryParameters() {
    }

    /** The parameter names of a query, in order of first appearance. */
    public static Set<String> names(String query) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : query.split("\n", -1)) {
            String p = param(line);
            if (p != null) names.add(p);
        }
        return names;
    }

    /**
     * @param values   parameter name → values (several only for a {@code VALUES} line)
     * @param prefixes the query's prefixes, to expand a value such as {@code stp:oppose}
     * @throws IllegalArgumentException naming the parameter and the problem
     */
    public static String substitute(String query, Map<String, List<String>> values, PrefixMapping prefixes) {
        Set<String> known = names(query);
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (this query takes: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : query.split("\n", -1)) {
            String name = param(line);
            out.add(name != null && values.containsKey(name) ? fill(line, name, values.get(name), prefixes) : line);
        }
        return String.join("\n", out);
    }

    /** Parses repeated {@code name=value} options; a name may repeat to give several values. */
    public static Map<String, List<String>> parse(List<String> options) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param wants name=value, got '" + o + "'");
            values.computeIfAbsent(o.substring(0, eq).strip(), k -> new ArrayList<>()).add(o.substring(eq + 1));
        }
        return values;
    }

    private static String param(String line) {
        int c = Lexer.commentStart(line);
        if (c < 0) return null;
        Matcher m = PARAM.matcher(line.substring(c + 1).strip());
        return m.matches() ? m.group(1) : null;
    }

    private static String fill(String line, String name, List<String> values, PrefixMapping prefixes) {
        int comment = Lexer.commentStart(line);
        String code = line.substring(0, comment);
        Matcher v = VALUES.matcher(code);
        if (v.find() && v.group(1).equals(name)) {
            int open = v.end() - 1;
            int close = Lexer.closingBrace(code, open);
            if (close < 0) throw new IllegalArgumentException("parameter '" + name + "': VALUES line without '}'");
            boolean strings = code.substring(open + 1, close).strip().matches("^[\"'].*");
            List<String> terms = new ArrayList<>();
            for (String value : values) terms.add(strings ? literal(value) : iri(name, value, prefixes));
            return code.substring(0, open + 1) + " " + String.join(" ", terms) + " " + code.substring(close) + line.substring(comment);
        }
        Matcher page = PAGE.matcher(code);
        if (page.matches()) {
            if (values.size() != 1 || !values.get(0).strip().matches("\\d{1,9}")) {
                throw new IllegalArgumentException("parameter '" + name + "' takes one whole number from 0 to 999999999, got "
                        + String.join(", ", values));
            }
            return page.group(1) + Integer.parseInt(values.get(0).strip()) + page.group(2) + line.substring(comment);
        }
        int[] lit = Lexer.onlyStringLiteral(code);
        if (lit == null) {
            throw new IllegalArgumentException("parameter '" + name + "': its line has neither VALUES, LIMIT, OFFSET nor exactly one string");
        }
        if (values.size() != 1) throw new IllegalArgumentException("parameter '" + name + "' takes one value");
        return code.substring(0, lit[0]) + literal(values.get(0)) + code.substring(lit[1]) + line.substring(comment);
    }

    private static String literal(String value) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(value));
    }

    /** Whether {@code iri} can stand between {@code <} and {@code >} in a query as it is: no space, quote or bracket. */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char ch = iri.charAt(i);
            if (ch <= ' ' || NOT_IN_IRI.indexOf(ch) >= 0) return false;
        }
        return !iri.isEmpty();
    }

    /** {@code <iri>}, {@code prefix:local} with a prefix the query declares, or an absolute IRI. */
    private static String iri(String name, String value, PrefixMapping prefixes) {
        String v = value.strip();
        String iri;
        if (v.startsWith("<") && v.endsWith(">")) {
            iri = v.substring(1, v.length() - 1);
        } else {
            iri = prefixes.expandPrefix(v);
            // an undeclared prefix would otherwise pass as an IRI of scheme "stpx"
            if (iri.equals(v) && !v.contains("://") && !v.startsWith("urn:")) {
                throw new IllegalArgumentException("parameter '" + name + "': unknown prefix in " + value);
            }
        }
        if (!plainIri(iri)) throw new IllegalArgumentException("parameter '" + name + "': not an IRI: " + value);
        try {
            // isReference: has a scheme (isAbsolute would also refuse the "#fragment" of every stp: term)
            if (!IRIx.create(iri).isReference()) throw new IRIException("relative");
        } catch (IRIException e) {
            throw new IllegalArgumentException("parameter '" + name + "': not an IRI or a known prefixed name: " + value);
        }
        Node node = NodeFactory.createURI(iri);
        return NodeFmtLib.strNT(node);
    }

    /** Just enough of SPARQL's lexical rules to tell strings, IRIs and comments apart on one line. */
    static final class Lexer {
        private Lexer() {
        }

        /** Index of the {@code #} starting the comment, or -1 when there is none. */
        static int commentStart(String line) {
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '"' || c == '\'') i = stringEnd(line, i);
                else if (c == '<' && iriEnd(line, i) > 0) i = iriEnd(line, i);
                else if (c == '#') return i;
                else i++;
            }
            return -1;
        }

        static int closingBrace(String code, int open) {
            int i = open + 1;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') i = stringEnd(code, i);
                else if (c == '}') return i;
                else i++;
            }
            return -1;
        }

        /** {begin, end} of the single string literal in {@code code}, or null when there is none or several. */
        static int[] onlyStringLiteral(String code) {
            int[] found = null;
            int i = 0;
            while (i < code.length()) {
                char c = code.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = stringEnd(code, i);
                    if (found != null) return null;
                    found = new int[]{i, end};
                    i = end;
                } else {
                    i++;
                }
            }
            return found;
        }

        /** Index after the closing quote (short strings only: saved-query parameters sit on one line). */
        private static int stringEnd(String s, int start) {
            char q = s.charAt(start);
            int i = start + 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') i += 2;
                else if (c == q) return i + 1;
                else i++;
            }
            return s.length();
        }

        /** Index after {@code >} when an IRI starts at {@code start}, else -1 (it is a less-than). */
        private static int iriEnd(String s, int start) {
            for (int i = start + 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '>') return i + 1;
                if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}') return -1;
            }
            return -1;
        }
    }
}
