package com.replyguard.bot.core;

/**
 * One of the things a {@link ButtonAction} can do to the item its payload refers to (approve, edit, show...): each
 * action's verbs are an enum implementing this, named by {@link ButtonAction#verbs()}. The code is what the payload
 * carries; like the action's code it never changes once shipped.
 */
public interface ButtonVerb {
    String code();
}
