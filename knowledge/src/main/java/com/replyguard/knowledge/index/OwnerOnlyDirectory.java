package com.replyguard.knowledge.index;

import com.replyguard.knowledge.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A Lucene directory whose every new file is made owner-only (0600) as it is created. */
final class OwnerOnlyDirectory extends FilterDirectory {
    private final Path path;

    OwnerOnlyDirectory(Directory in, Path path) {
        super(in);
        this.path = path;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        IndexOutput out = super.createOutput(name, context);
        OwnerOnly.restrict(path.resolve(out.getName()));
        return out;
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        IndexOutput out = super.createTempOutput(prefix, suffix, context);
        OwnerOnly.restrict(path.resolve(out.getName()));
        return out;
    }
}
