package com.replyguard.bot.state;

import com.replyguard.knowledge.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An append-only file, {@code <data>/bot-sent.journal} ({@link BotStateDb#SENT_JOURNAL}), of how many replies of each unfinished update Telegram has
 * accepted: one line {@code "<update id> <replies sent>"} per delivery. An append is one {@code write} to the file
 * (no lock to wait for, no transaction), so it lands a few microseconds after Telegram's answer arrives and a
 * killed process keeps it (the page cache outlives the process). That makes the window in which a kill can make a
 * reply go out twice as short as it can be: see {@link HandledUpdates#markSent}.
 *
 * <p>At start-up {@link HandledUpdates} folds the journal into {@code bot-state.db} and empties it; while running, the
 * file is rewritten with only the unfinished updates whenever it passes {@link #COMPACT_AT} bytes.
 *
 * <p>Thread safety: thread-safe.
 */
final class SentJournal implements AutoCloseable {
    static final long COMPACT_AT = 256 * 1024;

    private final Path file;
    /** Latest count per update appended and not yet finished: what a compaction keeps. */
    private final Map<Long, Integer> live = new HashMap<>();
    private FileChannel channel;
    private long size;
    private long compactAt = COMPACT_AT;

    private SentJournal(Path file) {
        this.file = file;
    }

    /**
     * Reads a journal: the highest count per update. A line cut short by a kill (no newline yet) or damaged is
     * skipped; the reply it stood for is then treated as not sent, which can repeat it but never loses it.
     */
    static Map<Long, Integer> read(Path file) {
        Map<Long, Integer> out = new HashMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
            String line = text.substring(start, nl);
            int space = line.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            try {
                long id = Long.parseLong(line.substring(0, space));
                int sent = Integer.parseInt(line.substring(space + 1));
                if (sent > 0) {
                    out.merge(id, sent, Math::max);
                }
            } catch (NumberFormatException e) {
                // a damaged line: skipped, as documented
            }
        }
        return out;
    }

    /** Opens the journal empty (callers fold what {@link #read} found into the database first). */
    static SentJournal openEmpty(Path file) {
        SentJournal j = new SentJournal(file);
        try {
            FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), OwnerOnly.fileAttributes()).close();
            OwnerOnly.restrict(file); // one written by an older version
            j.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        return j;
    }

    /** Records that the first {@code sent} replies of an update went out. */
    synchronized void append(long updateId, int sent) {
        byte[] line = (updateId + " " + sent + "\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                size += channel.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        live.merge(updateId, sent, Math::max);
        if (size > compactAt) {
            compact();
        }
    }

    /** The update is finished and recorded in the database: a compaction may drop its lines. */
    synchronized void forget(long updateId) {
        live.remove(updateId);
    }

    /** Rewrites the file with only the unfinished updates; a kill meanwhile leaves the old file or the new one. */
    private void compact() {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder sb = new StringBuilder();
        live.forEach((id, sent) -> sb.append(id).append(' ').append(sent).append('\n'));
        try {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, OwnerOnly.fileAttributes());
            Files.writeString(tmp, sb, StandardCharsets.ISO_8859_1);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            channel.close();
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            size = channel.size();
            compactAt = Math.max(COMPACT_AT, 2 * size); // many unfinished updates: do not rewrite on every append
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing at shutdown: every line was written already
        }
    }
}
