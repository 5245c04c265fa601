package org.standpoint.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Command-line inputs to the files to read. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * A named file is read whatever its name (an unsupported type is an error, since the user asked for it);
     * a directory is walked recursively, keeping supported, non-hidden files sorted by path so that two runs
     * over the same tree read, key and number things in the same order.
     */
    static List<Path> expand(Path input, Consumer<ReadError> errors) {
        String origin = input.toString();
        if (Files.isDirectory(input)) {
            return walk(input, errors);
        }
        if (!Files.exists(input)) {
            errors.accept(ReadError.of(origin, "no such file or directory"));
            return List.of();
        }
        if (Format.of(input) == null) {
            errors.accept(ReadError.of(origin, "unsupported file type (expected " + Format.SUPPORTED + ")"));
            return List.of();
        }
        return List.of(input);
    }

    private static List<Path> walk(Path root, Consumer<ReadError> errors) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && Format.of(file) != null && !attrs.isDirectory()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // one unreadable subdirectory must not hide the rest of the tree
                    errors.accept(ReadError.of(file.toString(), Texts.cannotRead(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.accept(ReadError.of(root.toString(), Texts.cannotRead(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
