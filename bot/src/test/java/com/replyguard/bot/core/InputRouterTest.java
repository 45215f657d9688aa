package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputRouterTest {
    @Test
    void commandNamesAreParsedWithoutBeingFooledByPaths() {
        assertEquals("check", InputRouter.commandName("/check@Bot hi"));
        assertEquals(null, InputRouter.commandName("/usr/bin is a path"));
        assertEquals(null, InputRouter.commandName("no command"));
        assertEquals("hi there", InputRouter.commandArgs("/x   hi there"));
    }
}
