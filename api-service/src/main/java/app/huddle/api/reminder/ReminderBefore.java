package app.huddle.api.reminder;

/**
 * How long before an event a member is reminded, named by its ISO-8601 duration; or
 * {@link #NONE}. {@link DueReminders} knows the lead time of each.
 */
public enum ReminderBefore {

	PT15M, PT1H, P1D, NONE

}
