package org.standpoint.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile and broken inputs, made on the fly: each {@link Kind} is one file (or folder) and what reading it must give,
 * either a problem (one error line naming the file) or an article holding a given piece of text. Reading-level kinds
 * cost no CoreNLP; {@link #extractable} lists the ones whose text reaches extraction.
 */
public final class HostileCorpus {
    /**
     * @param problem  what the error line must say, or null when an article must come out
     * @param contains text the article must hold (when {@code problem} is null)
     * @param errors   error lines the file must give: 1 for a bad kind, its bad records for a good one
     */
    public record Kind(String name, Path path, String problem, String contains, int errors) {
        public boolean good() {
            return problem == null;
        }
    }

    /**
     * A quote with a named speaker, so a good kind that reaches extraction has something to find. Each kind wraps it
     * in text of its own: articles with the same text are one article to the loader.
     */
    public static final String SAID = "“We will not accept this,” said Maria Lopez, the mayor of Springfield.";

    private final Path dir;
    private final List<Kind> kinds = new ArrayList<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** Every kind but the two big ones (the 10,000 files and the 100,000-line JSONL), written into {@code dir}. */
    public static List<Kind> small(Path dir) {
        HostileCorpus c = new HostileCorpus(dir);
        c.bad("empty.txt", new byte[0], "empty file");
        c.bad("whitespace.txt", utf8(" \n\t\n   \n"), "empty file (only whitespace)");
        c.bad("binary.txt", random(4096, 1), "not valid UTF-8");
        c.bad("invalid-utf8.txt", concat(utf8("Good start, then "), new byte[] {(byte) 0xC3, 0x28}, utf8(" and more.")),
                "not valid UTF-8 (bad byte sequence at byte 17)");
        c.bad("latin1.txt", "Le café était fermé, dit-il.".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8");
        c.bad("utf16.txt", "“Hello,” she said.".getBytes(StandardCharsets.UTF_16), "not valid UTF-8");
        c.bad("overlong-utf8.txt", concat(utf8("A "), new byte[] {(byte) 0xC0, (byte) 0xAF}), "not valid UTF-8");
        c.bad("header-only.txt", utf8("TITLE: Nothing follows\nURL: https://example.org/x\n\n   \n"), "no text after the header");
        c.bad("report.pdf", utf8("%PDF-1.4 not really"), "unsupported file type");
        c.add(new Kind("missing", dir.resolve("does-not-exist.txt"), "no such file", null, 1));
        c.bad("truncated.json", utf8("{\"title\": \"Cut off\", \"body\": \"The text sto"), "malformed JSON");
        c.bad("scalar.json", utf8("42"), "not a JSON object or array of objects");
        c.bad("no-body.json", utf8("{\"title\": \"No body\", \"url\": \"https://example.org/b\"}"), "body");
        c.bad("body-not-text.json", utf8("{\"title\": \"Odd\", \"body\": {\"nested\": [1, 2]}}"), "body");
        c.bad("deep-nesting.json", utf8("[".repeat(100_000) + "]".repeat(100_000)), "too deeply nested");
        c.bad("lone-surrogate.json", utf8("{\"title\": \"T\", \"body\": \"Broken \\ud800 text said nothing.\"}"),
                "not valid Unicode (an unpaired surrogate at character 7)");
        c.bad("html-binary.html", concat(utf8("<html><body><p>"), random(512, 2)), "not valid UTF-8");
        c.bad("html-script-only.html", utf8("<html><head><script>var a = '<p>not text</p>';</script>"
                + "<style>p { color: red }</style></head><body></body></html>"), "no");
        c.bad("long-text.txt", utf8(("Words upon words " + "without end ").repeat(8_000)), "text too long to extract (");
        c.tooLarge("huge-50mb.txt", 50L * 1024 * 1024);
        c.tooLarge("huge-50mb.html", 50L * 1024 * 1024);
        c.hugeJson("huge-50mb-body.json", 50 * 1024 * 1024);
        c.good("bom-crlf.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("Council vote\r\n\r\n" + SAID.replace(" said", "\r\nsaid") + "\r\n")), "Council vote\n\n“We will not");
        c.good("nested-quotes.txt", utf8("Nested quotes\n\n" + nestedQuotes(50) + "\n\n" + SAID), "Maria Lopez");
        c.good("no-sentence-end.txt", utf8("No full stops\n\n" + "and then the council met again and talked ".repeat(60)
                + SAID.replace(".", "")), "talked and then");
        c.good("rtl.txt", utf8("مجلس المدينة\n\nقال رئيس البلدية: «لن نقبل هذا». אמר ראש העיר: \"לא נקבל את זה\".\n\n" + SAID),
                "«لن نقبل هذا»");
        c.good("emoji.txt", utf8("Emoji 🎉\n\nThe 👩‍👩‍👧‍👦 family 🇬🇧 cheered 😀😀. " + SAID + " 🙃"), "👩‍👩‍👧‍👦");
        c.good("control-chars.txt", utf8("Controls\n\nA\u0000B\u0007C\u000BD\u000CE\u2028F\u2029G\u200BH\u202EI. " + SAID),
                "A\u0000B");
        c.good("html-junk.html", utf8("<html><body><div><p>Unclosed <b>bold <i>italic<p>Second <table><tr><td>cell"
                + "<p>" + SAID + "<script>alert(1)</script>&amp;&lt;&#x1F600;&bogus; <![CDATA[x]]><!-- c --></div></span></html>"),
                "Maria Lopez");
        c.good("html-deep.html", utf8("<html><body>" + "<div>".repeat(20_000) + "<p>Deep inside. " + SAID + "</p>"
                + "</div>".repeat(20_000) + "</body></html>"), "Maria Lopez");
        c.good("ünï cödé name ✓.txt", utf8("Odd file name\n\n" + SAID), "Maria Lopez");
        c.good(3, "mixed-array.json", utf8("[{\"title\": \"One\", \"body\": \"In an array. " + SAID.replace("“", "\\u201c").replace("”", "\\u201d")
                + "\"}, 1, null, {\"body\": \"\"}]"), "Maria Lopez");
        c.good(1, "crlf-bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"title\": \"A\", \"body\": \"" + SAID + "\"}\r\n\r\n{broken\r\n{\"title\": \"B\", \"body\": \"Second.\"}\r\n")),
                "Maria Lopez");
        return c.kinds;
    }

    /** Kinds whose article goes on to extraction: the good ones of {@link #small}. */
    public static List<Kind> extractable(List<Kind> kinds) {
        return kinds.stream().filter(Kind::good).toList();
    }

    /** A folder of {@code count} tiny .txt files, "Note N." each, and a hidden file that must be skipped. */
    public static Path tinyFiles(Path dir, int count) {
        try {
            Path folder = Files.createDirectories(dir.resolve("tiny"));
            for (int i = 0; i < count; i++) Files.writeString(folder.resolve(String.format("n%05d.txt", i)), "Note " + i + ".");
            Files.writeString(folder.resolve(".hidden.txt"), "never read");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Broken lines of {@link #bigJsonl}, by line number, and the problem each must be reported with. */
    public static final List<Object[]> BROKEN_LINES = List.of(
            new Object[] {50_000L, "malformed JSON"}, new Object[] {50_002L, "not valid UTF-8"},
            new Object[] {50_003L, "body"}, new Object[] {50_004L, "malformed JSON"},
            new Object[] {50_005L, "too large"});

    /** {@code lines} JSONL records, "Record N." each, with {@link #BROKEN_LINES} in the middle (line 50,001 is blank). */
    public static Path bigJsonl(Path dir, int lines, long maxLineBytes) {
        Path file = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 1; n <= lines; n++) {
                if (n == 50_000) out.write(utf8("{\"title\": \"Broken\", \"body\": \"no end\n"));
                else if (n == 50_001) out.write(utf8("\n"));
                else if (n == 50_002) out.write(concat(utf8("{\"body\": \"bad "), new byte[] {(byte) 0xFF}, utf8("\"}\n")));
                else if (n == 50_003) out.write(utf8("{\"title\": \"no body\"}\n"));
                else if (n == 50_004) out.write(utf8("[1, 2, 3\n"));
                else if (n == 50_005) out.write(utf8("{\"body\": \"" + "x".repeat((int) maxLineBytes) + "\"}\n"));
                else out.write(utf8("{\"id\": \"r" + n + "\", \"body\": \"Record " + n + ".\"}\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void good(String name, byte[] content, String contains) {
        good(0, name, content, contains);
    }

    private void good(int badRecords, String name, byte[] content, String contains) {
        add(new Kind(name, write(name, content), null, contains, badRecords));
    }

    private void bad(String name, byte[] content, String problem) {
        add(new Kind(name, write(name, content), problem, null, 1));
    }

    /** Sparse: the size is real, the disk blocks are not, and the reader must refuse it before reading a byte. */
    private void tooLarge(String name, long size) {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(new Kind(name, file, "too large (" + size + " bytes, limit ", null, 1));
    }

    /** A well-formed record whose body is {@code size} bytes: JSON is streamed, so the string limit must stop it. */
    private void hugeJson(String name, int size) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8("{\"title\": \"Huge\", \"body\": \""));
            byte[] chunk = utf8("All work and no play. ".repeat(4096));
            for (int n = 0; n < size; n += chunk.length) out.write(chunk);
            out.write(utf8("\"}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(new Kind(name, file, "too large", null, 1));
    }

    private void add(Kind kind) {
        kinds.add(kind);
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nestedQuotes(int depth) {
        StringBuilder b = new StringBuilder("He said ");
        for (int i = 0; i < depth; i++) b.append(i % 2 == 0 ? "“she said " : "‘they said ");
        b.append("stop");
        for (int i = depth - 1; i >= 0; i--) b.append(i % 2 == 0 ? "”" : "’");
        return b.append('.').toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        b[0] = (byte) 0xFF; // never valid UTF-8, whatever the seed
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
