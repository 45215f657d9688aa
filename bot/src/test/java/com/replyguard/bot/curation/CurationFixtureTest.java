package com.replyguard.bot.curation;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the curation features, each test method on a fresh {@link CurationFixture} in its own directory. */
abstract class CurationFixtureTest {
    @TempDir
    Path dir;
    CurationFixture f;

    @BeforeEach
    void openFixture() {
        f = new CurationFixture(dir);
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }
}
