package com.replyguard.app.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a restore did.
 *
 * @param manifest the restored backup's manifest
 * @param restored the database files now in place
 * @param setAside where the replaced files and the old index went, or null when the data directory was empty
 * @param forcedWhileInUse databases a running instance held open (only non-empty with --force): restart it now
 */
public record RestoreReport(BackupManifest manifest, List<String> restored, Path setAside, List<String> forcedWhileInUse) {
    public RestoreReport {
        Objects.requireNonNull(manifest, "manifest");
        restored = List.copyOf(restored);
        forcedWhileInUse = List.copyOf(forcedWhileInUse);
    }
}
