package com.replyguard.knowledge;

import com.replyguard.knowledge.text.Notice;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the data directory readable by its owner only (where the file system has POSIX permissions). */
final class DataDirectory {
    private DataDirectory() {
    }

    static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new KnowledgeException(Notice.of("storage.data_dir_is_file", dir));
                }
                return; // an existing directory keeps the permissions its owner gave it
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException ex) {
            throw new KnowledgeException(Notice.of("storage.data_dir_not_created", dir, ex.getMessage()), ex);
        }
    }
}
