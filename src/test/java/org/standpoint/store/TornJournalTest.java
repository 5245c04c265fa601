package org.standpoint.store;

import org.standpoint.iri.Iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.standpoint.store.Fixtures.KEY_1;
import static org.standpoint.store.Fixtures.article1;
import static org.standpoint.store.Fixtures.registryOfArticle1;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while TDB2 wrote a transaction to its journal leaves a torn last entry, and TDB2 then refuses to
 * open the database ("Failed to read the journal entry data: wanted 100 bytes, got 24"; seen in CrashRecoveryTest).
 * The store opens with what was committed before.
 */
class TornJournalTest {
    @TempDir
    Path dir;

    @Test
    void aTornLastJournalEntryIsDroppedAndTheCommittedDataOpens() throws Exception {
        Path db = dir.resolve("db");
        long quads;
        try (Store store = Store.open(db)) {
            store.writeArticle(new Iris(Fixtures.BASE).articleGraph(KEY_1), article1(), registryOfArticle1());
            quads = store.quadCount();
        }
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        long clean = Files.size(journal);
        // a REDO entry whose header says 100 bytes of data, cut after 24 of them
        ByteBuffer torn = ByteBuffer.allocate(12 + ComponentId.SIZE + 24);
        torn.putInt(100).putInt(0x1234).putInt(1).put(new byte[ComponentId.SIZE]).put(new byte[24]);
        Files.write(journal, torn.array(), StandardOpenOption.APPEND);

        try (Store store = Store.open(db)) {
            assertEquals(quads, store.quadCount());
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .find(Quad.ANY).hasNext()));
            store.writeArticle(new Iris(Fixtures.BASE).articleGraph(KEY_1), article1(), registryOfArticle1());
            assertEquals(quads, store.quadCount());
        }
        assertEquals(clean, Files.size(journal), "the journal is back to its committed entries");
    }

    @Test
    void aTornTailIsCutBackToTheLastWholeCommitAndWholeEntriesAreLeftToTdb() throws Exception {
        Path db = dir.resolve("hand");
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        Files.createDirectories(journal.getParent());
        Files.createFile(db.resolve("tdb.lock"));
        byte[] committed = concat(entry(1, new byte[] {1, 2, 3}), entry(3, null));
        byte[] unfinished = entry(1, new byte[] {4, 5, 6, 7});
        byte[] torn = java.util.Arrays.copyOf(entry(1, new byte[40]), 30);

        Files.write(journal, concat(committed, unfinished, torn));
        assertEquals(unfinished.length + torn.length, TornJournal.repairIfUnused(db));
        assertEquals(committed.length, Files.size(journal));

        Files.write(journal, concat(committed, unfinished));
        assertEquals(0, TornJournal.repairIfUnused(db), "whole entries of an unfinished transaction: TDB2 skips them");
        assertEquals(committed.length + unfinished.length, Files.size(journal));
    }

    /** A journal entry as TDB2 writes it: length, Adler-32 of header (checksum zeroed) and data, type, component. */
    private static byte[] entry(int type, byte[] data) {
        int length = data == null ? -1 : data.length;
        ByteBuffer header = ByteBuffer.allocate(12 + ComponentId.SIZE);
        header.putInt(length).putInt(0).putInt(type).put(new byte[ComponentId.SIZE]);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(header.array());
        if (data != null) adler.update(data);
        header.putInt(4, (int) adler.getValue());
        return data == null ? header.array() : concat(header.array(), data);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
