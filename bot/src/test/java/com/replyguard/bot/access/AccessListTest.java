package com.replyguard.bot.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessListTest {
    @Test
    void configuredRolesWinOverGrantsAndEveryoneElseIsAGuest() {
        AccessList a = new AccessList(Map.of(1L, Role.AGENT), id -> id == 1 || id == 2 ? Optional.of(Role.ADMIN)
                : Optional.empty(), false);
        assertEquals(Role.AGENT, a.roleOf(1));
        assertEquals(Role.ADMIN, a.roleOf(2));
        assertEquals(Role.GUEST, a.roleOf(3));
    }

    @Test
    void rolesAreOrderedAndGuestCannotBeConfigured() {
        assertTrue(Role.ADMIN.atLeast(Role.LEAD) && Role.LEAD.atLeast(Role.AGENT) && !Role.AGENT.atLeast(Role.LEAD));
        assertEquals(Role.LEAD, Role.parse(" Lead "));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("guest"));
    }
}
