package org.standpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The text-indexed dataset, plus a marker file that exists exactly while a write transaction may be committing.
 *
 * <p>TDB2 and Lucene commit one after the other, not as one: a process killed between the two leaves the index out of
 * step with the triples. The marker is created when a write begins and removed once the write has committed or
 * aborted, so a marker found when the store opens means the last writer died mid-way and the index must be rebuilt
 * from the triples ({@link Store#open}). Only one writer runs at a time (TDB2's write lock), so one file suffices.
 */
final class GuardedTextDataset extends DatasetGraphText {
    private final Path marker;
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

    /** @param marker the marker file, or null for an in-memory store that no crash can outlive */
    GuardedTextDataset(DatasetGraph tdb, TextIndex index, Path marker) {
        // closeIndexOnClose: closing the dataset must release the Lucene write lock too.
        super(tdb, index, new TextDocProducerTriples(index), true);
        this.marker = marker;
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        if (type == TxnType.WRITE) mark();
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        if (mode == ReadWrite.WRITE) mark();
    }

    @Override
    public boolean promote(Promote mode) {
        boolean promoted = super.promote(mode);
        if (promoted) mark();
        return promoted;
    }

    @Override
    public void commit() {
        try {
            super.commit();
        } catch (RuntimeException | Error e) {
            // Half committed, perhaps: keep the marker so that the next open rebuilds the index.
            writing.set(false);
            throw e;
        }
        unmark();
    }

    @Override
    public void abort() {
        super.abort();
        unmark();
    }

    @Override
    public void end() {
        super.end();
        unmark();
    }

    private void mark() {
        writing.set(true);
        if (marker == null) return;
        try {
            if (!Files.exists(marker)) Files.createFile(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the text index as being written: " + marker, e);
        }
    }

    private void unmark() {
        if (!writing.get()) return;
        writing.set(false);
        if (marker == null) return;
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            // Left behind, it costs one needless index rebuild at the next open; the write itself succeeded.
        }
    }
}
