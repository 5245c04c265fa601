package org.standpoint.serve;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that stop. ARQ checks its query timeout between rows, but one match of a backtracking pattern
 * ({@code ^(a+)+\1$}) on one value never returns, so the thread stays busy after the timeout and until the server
 * stops. On the public endpoint both are rewritten to functions that match through a {@link CharSequence} which
 * checks a deadline as the matcher reads it: a single value may take {@link #PER_VALUE_MILLIS}, after which the query
 * is cancelled as a timed-out one is.
 */
final class BoundedRegex {
    /** Longest one value may take: a simple pattern over the longest article (200,000 characters) needs ~10 ms. */
    static final long PER_VALUE_MILLIS = 1_000;
    private static final String REGEX = "urn:x-standpoint:fn:regex";
    private static final String REPLACE = "urn:x-standpoint:fn:replace";

    static {
        FunctionRegistry.get().put(REGEX, Matches.class);
        FunctionRegistry.get().put(REPLACE, Replaces.class);
    }

    private BoundedRegex() {
    }

    /** Queries run in {@code context} see REGEX and REPLACE with the time limit; the rest of ARQ's optimiser is kept. */
    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(cxt);
            return op -> standard.rewrite(bounded(op));
        });
    }

    private static Op bounded(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new E_Function(REGEX, args);
                if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
                return super.transform(func, args);
            }
        }, op);
    }

    /** The matcher's view of a value: reading it past the deadline cancels the query. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long endNanos;
        private int reads;

        private Deadline(String text, long endNanos) {
            this.text = text;
            this.endNanos = endNanos;
        }

        static Deadline of(String text) {
            return new Deadline(text, System.nanoTime() + PER_VALUE_MILLIS * 1_000_000);
        }

        @Override
        public char charAt(int index) {
            // nanoTime costs ~20 ns; a look every 4,096 reads keeps matching near full speed
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > endNanos) throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), endNanos);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * What REGEX and REPLACE share: the argument check, string arguments, and the compiled pattern, kept while the
     * pattern and flags stay the same (one instance serves one expression of one query: a constant pattern over many
     * rows is compiled once, as ARQ's own REGEX does).
     */
    private abstract static class Bounded extends FunctionBase {
        private final String name;
        private final int flagsAt;
        private String lastPattern;
        private String lastFlags;
        private Pattern compiled;
        private boolean matchesEmpty;

        Bounded(String name, int flagsAt) {
            this.name = name;
            this.flagsAt = flagsAt;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < flagsAt || args.size() > flagsAt + 1)
                throw new QueryBuildException(name + ": wrong number of arguments");
        }

        String string(NodeValue v) {
            if (!v.isString() && !v.isLangString()) throw new ExprEvalException(name + ": not a string: " + v);
            return v.asNode().getLiteralLexicalForm();
        }

        Pattern pattern(List<NodeValue> args) {
            String pattern = string(args.get(1));
            String flags = args.size() > flagsAt ? string(args.get(flagsAt)) : null;
            if (!pattern.equals(lastPattern) || !Objects.equals(flags, lastFlags)) {
                compiled = RegexEngine.makePattern(name, pattern, flags);
                matchesEmpty = compiled.matcher("").matches();
                lastPattern = pattern;
                lastFlags = flags;
            }
            return compiled;
        }

        /** Whether the pattern last returned by {@link #pattern} matches the empty string. */
        boolean matchesEmpty() {
            return matchesEmpty;
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Matches extends Bounded {
        public Matches() {
            super("REGEX", 2);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return NodeValue.booleanReturn(pattern(args).matcher(Deadline.of(string(args.get(0)))).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}; keeps the text's language tag. */
    public static final class Replaces extends Bounded {
        public Replaces() {
            super("REPLACE", 3);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue in = args.get(0);
            String text = string(in);
            Pattern pattern = pattern(args);
            if (matchesEmpty()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            String out = pattern.matcher(Deadline.of(text)).replaceAll(string(args.get(2)));
            return in.isLangString() ? NodeValue.makeLangString(out, in.getLang()) : NodeValue.makeString(out);
        }
    }
}
