package org.standpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;

import org.apache.jena.dboe.transaction.txn.ComponentId;


/**
 * A TDB2 journal whose last entry was cut short: the process was killed while it wrote a transaction to the journal.
 * That transaction never committed (its COMMIT entry is the last thing written, and synced), but TDB2's recovery
 * stops at the torn entry and refuses to open the database. Cutting the journal back to the end of its last whole
 * COMMIT entry gives recovery exactly the committed transactions, and the database opens as it was before the
 * interrupted write.
 *
 * <p>Entry layout, as TDB2 writes it: data length, Adler-32 checksum of header (checksum zeroed) and data, entry type
 * (COMMIT = 3), component id ({@link ComponentId#SIZE} bytes), then the data.
 */
final class TornJournal {
    private static final int HEADER = 4 + 4 + 4 + ComponentId.SIZE;
    private static final int COMMIT = 3;

    private TornJournal() {
    }

    /**
     * Cuts every torn journal of the database back to its last whole COMMIT, when no process has the database open (a live
     * writer's journal ends in the entry it is writing); returns the bytes dropped.
     */
    static long repairIfUnused(Path database) {
        Path lockFile = database.resolve("tdb.lock");
        if (!Files.isDirectory(database) || !Files.exists(lockFile)) return 0;
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                return 0; // open in this process
            }
            if (lock == null) return 0; // open in another process
            try {
                return repair(database);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checking the journal of " + database, e);
        }
    }

    private static long repair(Path database) throws IOException {
        long dropped = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(database, "Data-*")) {
            for (Path dir : dirs) {
                Path journal = dir.resolve("journal.jrnl");
                if (Files.isRegularFile(journal) && Files.size(journal) > 0) dropped += cut(journal);
            }
        }
        return dropped;
    }

    private static long cut(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long position = 0;
            long lastCommitEnd = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position + HEADER <= size) {
                header.clear();
                if (ch.read(header, position) != HEADER) break;
                int length = header.getInt(0);
                int checksum = header.getInt(4);
                int type = header.getInt(8);
                long end = position + HEADER + Math.max(0, length);
                if (length < -1 || end > size) break;
                ByteBuffer data = ByteBuffer.allocate(Math.max(0, length));
                if (length > 0 && ch.read(data, position + HEADER) != length) break;
                header.putInt(4, 0);
                Adler32 adler = new Adler32();
                adler.update(header.array());
                adler.update(data.array());
                if ((int) adler.getValue() != checksum) break;
                if (type == COMMIT) lastCommitEnd = end;
                position = end;
            }
            // whole entries after the last COMMIT are an unfinished transaction TDB2 skips itself: only a torn one is cut
            if (position == size || lastCommitEnd == size) return 0;
            ch.truncate(lastCommitEnd);
            ch.force(true);
            return size - lastCommitEnd;
        }
    }
}
