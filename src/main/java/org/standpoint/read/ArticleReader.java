package org.standpoint.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.standpoint.model.Article;

/**
 * The {@code read} stage: files and directories to {@link Article}s.
 *
 * <p>Formats by extension: {@code .txt} (optional URL/TITLE/DATE/PUBLISHER header and a blank line),
 * {@code .json} (a record or an array of records), {@code .jsonl} (a record per line), {@code .html}/{@code .htm}
 * (main text extracted). Records have the fields {@code id, url, title, date, publisher, body}.
 *
 * <p>{@link Article#text()} is the string that all span offsets index: the file's (or the body's) characters
 * after strict UTF-8 decoding, with a leading byte order mark removed and CRLF/CR turned into LF, and nothing
 * else changed. For HTML it is the extracted paragraphs joined by blank lines.
 *
 * <p>Reading is lazy and never stops at a bad record: each problem goes to the error consumer as a
 * {@link ReadError} and the next record is read. Instances are immutable and may be shared.
 */
public final class ArticleReader {
    /** Default cap on one article (a .txt/.html/.json file, a JSONL line, a JSON array element): 20 MB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 20L * 1024 * 1024;
    /**
     * Default cap on the text of one article, after HTML is stripped: 200,000 characters, about 35,000 words, longer
     * than the longest news features. The file limit guards reading; this one guards extraction, whose memory and
     * time grow with the text (CoreNLP keeps every token's annotations, coreference compares mentions pairwise).
     */
    public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

    private final long maxArticleBytes;
    private final int maxTextChars;
    private final ObjectMapper mapper;
    private boolean verbatim;
    private String issue;

    public ArticleReader() {
        this(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }

    /** @param maxArticleBytes larger articles are refused with a {@link ReadError} instead of being read */
    public ArticleReader(long maxArticleBytes) {
        this(maxArticleBytes, DEFAULT_MAX_TEXT_CHARS);
    }

    /** @param maxTextChars articles whose text is longer are refused with a {@link ReadError} */
    public ArticleReader(long maxArticleBytes, int maxTextChars) {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxArticleBytes = maxArticleBytes;
        this.maxTextChars = maxTextChars;
        // cap strings at the article limit so one oversized body fails fast instead of filling the heap
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(maxArticleBytes, 1024));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Keeps every line of the text, web debris included ({@link WebDebris}): for annotated corpora whose offsets index
     * the file as it is (PolNeAR's BRAT files).
     */
    public ArticleReader verbatim() {
        this.verbatim = true;
        return this;
    }

    /**
     * Declares {@code issue} for every article that does not declare its own (an {@code ISSUE:} line, a JSON
     * {@code issue} field): what {@code load --issue} says. Null or blank declares nothing.
     */
    public ArticleReader declaring(String issue) {
        this.issue = issue == null || issue.isBlank() ? null : issue.strip();
        return this;
    }

    /**
     * The articles of the inputs, in order: inputs as given, each directory's files sorted by path, each file's
     * records in file order. Lazy: files are opened as the stream is consumed, and {@code errors} is called
     * during consumption. Close the stream (try-with-resources) when stopping early, to release the open file.
     */
    public Stream<Article> read(Collection<Path> inputs, Consumer<ReadError> errors) {
        Objects.requireNonNull(errors, "errors");
        Batch batch = new Batch(List.copyOf(inputs), errors);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batch,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(batch::close);
    }

    /**
     * The files {@link #read} would open for the inputs, in the same order, without reading them: a distributed
     * job hands them out one by one. Reading one of them alone gives the same articles, since keys come from URL or
     * text, never from the path.
     */
    public static List<Path> files(Collection<Path> inputs, Consumer<ReadError> errors) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) files.addAll(InputFiles.expand(input, errors));
        return files;
    }

    /** Everything at once, for a few articles (tests, small imports); large inputs should use {@link #read}. */
    public ReadResult readAll(Collection<Path> inputs) {
        List<ReadError> errors = new ArrayList<>();
        try (Stream<Article> articles = read(inputs, errors::add)) {
            return new ReadResult(articles.toList(), errors);
        }
    }

    private ItemSource open(Path file) {
        String origin = file.toString();
        Format format = Format.of(file);
        if (!Files.isRegularFile(file)) {
            // Files.size() is 0 for /dev/zero and a FIFO: reading the one never ends, the other never starts
            return ItemSource.single(Item.failed(origin, "not a regular file (a device, FIFO or socket, or a link to one)"));
        }
        try {
            return switch (format) {
                case TXT -> ItemSource.single(Item.ok(TxtReader.parse(Texts.readFile(file, maxArticleBytes), origin)));
                case HTML -> ItemSource.single(Item.ok(HtmlReader.parse(Texts.readFile(file, maxArticleBytes), origin)));
                case JSON -> JsonReader.open(file, mapper, maxArticleBytes);
                case JSONL -> JsonlReader.open(file, mapper, maxArticleBytes);
            };
        } catch (ReadFailure e) {
            return ItemSource.single(Item.failed(origin, e.getMessage()));
        } catch (RuntimeException e) {
            // a parser bug on one odd file must cost that file, not the batch
            return ItemSource.single(Item.failed(origin, "cannot parse: " + e));
        } catch (StackOverflowError e) {
            return ItemSource.single(Item.failed(origin, "too deeply nested to read"));
        }
    }

    /** The key stays the one the whole text gave, so an article loaded before this cleaning keeps its key. */
    private static Article withoutDebris(Article a) {
        String text = WebDebris.strip(a.text());
        return text.equals(a.text()) ? a : new Article(a.key(), a.url(), a.title(), a.date(), a.publisher(), text, a.origin(), a.issue());
    }

    /** Walks inputs → files → records, handing errors aside and articles on. */
    private final class Batch implements Iterator<Article> {
        private final Deque<Path> inputs;
        private final Deque<Path> files = new ArrayDeque<>();
        private final Consumer<ReadError> errors;
        private ItemSource current;
        private String file;
        private Article next;

        Batch(List<Path> inputs, Consumer<ReadError> errors) {
            this.inputs = new ArrayDeque<>(inputs);
            this.errors = errors;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current == null) {
                    Path file = nextFile();
                    if (file == null) {
                        return false;
                    }
                    this.file = file.toString();
                    current = open(file);
                }
                Item item = nextItem(current);
                if (item == null) {
                    close();
                } else if (item.error() != null) {
                    errors.accept(item.error());
                } else if (item.article().text().length() > maxTextChars) {
                    errors.accept(ReadError.of(item.article().origin(), "text too long to extract ("
                            + item.article().text().length() + " characters, limit " + maxTextChars + ")"));
                } else if (Texts.unpairedSurrogate(item.article().text()) >= 0) {
                    // only a JSON escape can make one; stored as UTF-8 it would silently become '?'
                    errors.accept(ReadError.of(item.article().origin(), "not valid Unicode (an unpaired surrogate at character "
                            + Texts.unpairedSurrogate(item.article().text()) + ")"));
                } else {
                    next = verbatim ? item.article() : withoutDebris(item.article());
                    if (issue != null && next.issue() == null) next = next.withIssue(issue);
                }
            }
            return true;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Article out = next;
            next = null;
            return out;
        }

        /** Format readers turn bad input into error items; a bug of theirs on odd input costs the rest of that file. */
        private Item nextItem(ItemSource source) {
            try {
                return source.next();
            } catch (RuntimeException | StackOverflowError e) {
                source.close();
                current = ItemSource.single(null);
                return Item.failed(file, e instanceof StackOverflowError ? "too deeply nested to read" : "cannot parse: " + e);
            }
        }

        /** Directories are listed only when reached, so errors and articles interleave in input order. */
        private Path nextFile() {
            while (files.isEmpty() && !inputs.isEmpty()) {
                files.addAll(InputFiles.expand(inputs.poll(), errors));
            }
            return files.poll();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
