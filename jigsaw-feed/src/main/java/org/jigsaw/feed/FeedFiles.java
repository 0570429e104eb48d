package org.jigsaw.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Feed files appear whole or not at all: each is written beside its final name and moved into
 * place, so a partner's pick-up job never reads half a file.
 */
final class FeedFiles {

    interface Writer {
        void write(Path tmp) throws IOException;
    }

    private FeedFiles() {
    }

    static Path write(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            writer.write(tmp);
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path writeString(Path target, String content) throws IOException {
        return write(target, tmp -> Files.writeString(tmp, content, StandardCharsets.UTF_8));
    }
}
