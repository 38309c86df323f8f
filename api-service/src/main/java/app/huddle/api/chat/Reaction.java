package app.huddle.api.chat;

import java.util.List;

import app.huddle.api.shared.UserRef;

/**
 * One emoji's reactions to a message: how many members reacted with it and who, the first
 * to react first.
 */
record Reaction(String emoji, int count, List<UserRef> users) {
}
